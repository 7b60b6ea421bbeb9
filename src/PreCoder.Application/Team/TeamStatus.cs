using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Team;

namespace PreCoder.Application.Team;

/// <summary><c>precoder status</c>: a batch's progress per stage, counted by the database, its gates and its failed jobs.</summary>
public static class TeamStatus
{
    /// <summary>The given batch, or the latest one.</summary>
    public static async Task<BatchStatus> ReadAsync(StudySession session, string? batch, CancellationToken cancellationToken)
    {
        // Counting needs the study's tables only, not Hangfire's storage.
        TeamStudy.RequireShared(session);
        await using var db = session.CreateDb();
        batch ??= await db.WorkItems.OrderByDescending(w => w.Id).Select(w => w.Batch).FirstOrDefaultAsync(cancellationToken);
        if (batch is null)
        {
            return new BatchStatus(null, [], [], []);
        }
        // A job behind a failed one waits for 'precoder retry', not for a worker: behind a failed stage of its file, a
        // failed study-wide stage, or (past a gate, i.e. a study-wide stage between them) any file's failed stage.
        var counts = await db.WorkItems.Where(w => w.Batch == batch)
            .Select(w => new
            {
                w.StageIndex,
                w.Stage,
                w.State,
                Blocked = w.State == WorkItemState.Awaiting && db.WorkItems.Any(f => f.Batch == w.Batch && f.StageIndex < w.StageIndex && f.State == WorkItemState.Failed
                    && (f.Source == w.Source || f.Source == null || w.Source == null
                        || db.WorkItems.Any(g => g.Batch == w.Batch && g.Source == null && g.StageIndex > f.StageIndex && g.StageIndex < w.StageIndex))),
            })
            .GroupBy(w => new { w.StageIndex, w.Stage, w.State, w.Blocked })
            .Select(g => new { g.Key.StageIndex, g.Key.Stage, g.Key.State, g.Key.Blocked, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var finished = await db.WorkItems.Where(w => w.Batch == batch && w.State == WorkItemState.Done)
            .Select(w => new { w.StageIndex, w.StartedAt, w.FinishedAt })
            .ToListAsync(cancellationToken);
        var failed = await db.WorkItems.Where(w => w.Batch == batch && w.State == WorkItemState.Failed)
            .OrderBy(w => w.StageIndex).ThenBy(w => w.Source)
            .Select(w => new FailedWork(w.Batch, w.Stage, w.Source, w.Attempts, w.Error))
            .ToListAsync(cancellationToken);
        var stages = counts.GroupBy(c => (c.StageIndex, c.Stage)).OrderBy(g => g.Key.StageIndex).Select(g =>
        {
            int Count(WorkItemState state, bool blocked = false) => g.Where(c => c.State == state && c.Blocked == blocked).Sum(c => c.Count);
            var done = finished.Where(f => f.StageIndex == g.Key.StageIndex && f.StartedAt is not null && f.FinishedAt is not null).ToArray();
            double? rate = null;
            if (done.Length >= 2)
            {
                var span = done.Max(d => d.FinishedAt!.Value) - done.Min(d => d.StartedAt!.Value);
                rate = span > TimeSpan.Zero ? Math.Round(done.Length / span.TotalMinutes, 1) : null;
            }
            return new StageProgress(g.Key.Stage, Count(WorkItemState.Awaiting), Count(WorkItemState.Awaiting, blocked: true), Count(WorkItemState.Queued), Count(WorkItemState.Running), Count(WorkItemState.Failed), Count(WorkItemState.Done), rate);
        }).ToArray();
        return new BatchStatus(batch, stages, await BatchGates.ReadAsync(db, batch, cancellationToken), failed);
    }
}
