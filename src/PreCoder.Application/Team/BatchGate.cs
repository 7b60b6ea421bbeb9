using Hangfire;

namespace PreCoder.Application.Team;

/// <summary>
/// The Hangfire job in front of study-wide stages that follow per-file ones (codes, train, reports after import or
/// transcribe): it succeeds only when every file's chain before <c>stageIndex</c> is done, and those stages are its
/// continuations. Until then it throws <see cref="BatchGateClosedException"/> and <see cref="BatchGateFilter"/> puts
/// it back on the schedule. Hangfire's batch continuations are a paid extension; this keeps the same job id while it
/// waits, so the tail is enqueued exactly once, by Hangfire, however often the gate runs or whichever worker dies.
/// A failed file keeps the gate closed: the study-wide stages never run on part of a batch, and <c>precoder retry</c>
/// of that file lets the batch go on.
/// </summary>
public sealed class BatchGate(StudySession session)
{
    /// <summary>Hangfire's entry point. Its own retries are off: <see cref="BatchGateFilter"/> reschedules it instead, without a limit.</summary>
    [JobDisplayName("wait for every file of batch {0}")]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string batch, int stageIndex, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var gate = await BatchGates.BeforeAsync(db, batch, stageIndex, cancellationToken);
        if (!gate.Open)
        {
            var open = gate.Files - gate.Done;
            throw new BatchGateClosedException(gate.Failed == 0
                ? $"waiting for {open} of {gate.Files} files"
                : $"waiting for {open} of {gate.Files} files, {gate.Failed} of them failed: 'precoder retry' after fixing them lets the batch go on");
        }
    }
}
