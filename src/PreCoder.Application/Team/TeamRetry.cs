using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Team;

namespace PreCoder.Application.Team;

/// <summary>
/// <c>precoder retry</c>: puts every failed job back in its queue with a fresh set of retries. A file is taken as it is
/// now (its hash is planned again, so a fixed file is accepted), and the same Hangfire job is requeued, so the later
/// stages of its file, which wait on it as continuations, follow once it succeeds.
/// </summary>
public static class TeamRetry
{
    public static async Task<RetryOutcome> RetryAsync(StudySession session, CancellationToken cancellationToken)
    {
        var (storage, _) = await TeamStudy.OpenAsync(session, cancellationToken);
        await using var db = session.CreateDb();
        var failed = await db.WorkItems.Where(w => w.State == WorkItemState.Failed).OrderBy(w => w.Id).ToListAsync(cancellationToken);
        var client = new BackgroundJobClient(storage);
        var requeued = new List<FailedWork>();
        foreach (var work in failed.Where(w => w.JobId is not null))
        {
            requeued.Add(new FailedWork(work.Batch, work.Stage, work.Source, work.Attempts, work.Error));
            work.InputHash = await CurrentHashAsync(session, work, cancellationToken) ?? work.InputHash;
            work.State = WorkItemState.Queued;
            work.Error = null;
            work.FinishedAt = null;
            await db.SaveChangesAsync(cancellationToken);
            using (var connection = storage.GetConnection())
            {
                // Hangfire counts retries in this job parameter: a retried job gets all of its attempts again.
                connection.SetJobParameter(work.JobId!, "RetryCount", "0");
            }
            client.ChangeState(work.JobId!, new EnqueuedState(TeamQueues.For(work.Stage)) { Reason = "precoder retry" }, FailedState.StateName);
        }
        return new RetryOutcome(requeued);
    }

    /// <summary>The hash of a file-reading job's file as it is now; null when it cannot be planned (the job reports why).</summary>
    private static async Task<string?> CurrentHashAsync(StudySession session, WorkItem work, CancellationToken cancellationToken)
    {
        var stage = StageRegistry.Create(work.Stage);
        if (StageScopes.Of(stage) != StageScope.File || work.Source is null || !File.Exists(work.Source))
        {
            return null;
        }
        var items = await stage.PlanAsync(session, WorkItemInputs.Of(work) with { OnlyFile = work.Source }, cancellationToken);
        return items.SingleOrDefault()?.InputHash;
    }
}
