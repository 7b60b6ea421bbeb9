namespace PreCoder.Application.Team;

/// <summary>
/// What <c>precoder status</c> shows: one batch's stages in pipeline order, the gates in front of its study-wide
/// stages after per-file ones, and its failed list (null batch: nothing was ever enqueued).
/// </summary>
public sealed record BatchStatus(string? Batch, IReadOnlyList<StageProgress> Stages, IReadOnlyList<GateProgress> Gates, IReadOnlyList<FailedWork> Failed)
{
    public bool Finished => Stages.All(s => s.Waiting + s.Queued + s.Running == 0);
}
