using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Team;

namespace PreCoder.Application.Team;

/// <summary>
/// Mirrors Hangfire's verdicts on a <see cref="StageJob"/> into its <see cref="WorkItem"/>: a retry scheduled after a
/// failure (queued again, with the error), or retries exhausted (failed, with the error), which the job itself cannot
/// record because it is no longer running.
/// </summary>
public sealed class WorkItemStateFilter(StudySession session) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.BackgroundJob.Job?.Type != typeof(StageJob) || context.BackgroundJob.Job.Args.FirstOrDefault() is not long id)
        {
            return;
        }
        (WorkItemState? state, string? error) = context.NewState switch
        {
            FailedState failed => ((WorkItemState?)WorkItemState.Failed, OneLine(failed.Exception)),
            ScheduledState scheduled => (WorkItemState.Queued, scheduled.Reason),
            _ => (null, null),
        };
        if (state is null)
        {
            return;
        }
        using var db = session.CreateDb();
        db.WorkItems.Where(w => w.Id == id).ExecuteUpdate(u => u
            .SetProperty(w => w.State, state.Value)
            .SetProperty(w => w.Error, error)
            .SetProperty(w => w.FinishedAt, state == WorkItemState.Failed ? session.Time.GetUtcNow() : null));
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    /// <summary>What the failed list shows: the stage's own one-line error, not a stack trace.</summary>
    private static string OneLine(Exception exception)
    {
        var inner = exception is AggregateException { InnerException: { } only } ? only : exception;
        return inner.Message.ReplaceLineEndings(" ");
    }
}
