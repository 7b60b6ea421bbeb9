namespace PreCoder.Application.Team;

/// <summary>What <c>precoder status</c> shows: one batch's stages in pipeline order and its failed list (null batch: nothing was ever enqueued).</summary>
public sealed record BatchStatus(string? Batch, IReadOnlyList<StageProgress> Stages, IReadOnlyList<FailedWork> Failed)
{
    public bool Finished => Stages.All(s => s.Waiting + s.Queued + s.Running == 0);
}
