using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Team;

namespace PreCoder.Application.Team;

/// <summary>The gates of a batch as <c>precoder status</c> shows them, read from its work items (the gate jobs keep no rows).</summary>
internal static class BatchGates
{
    public static async Task<IReadOnlyList<GateProgress>> ReadAsync(Store.Persistence.StudyDbContext db, string batch, CancellationToken cancellationToken)
    {
        var rows = await db.WorkItems.Where(w => w.Batch == batch)
            .Select(w => new { w.StageIndex, w.Stage, w.Source, w.State })
            .ToListAsync(cancellationToken);
        var stages = rows.GroupBy(r => r.StageIndex).OrderBy(g => g.Key).Select(g => (Index: g.Key, g.First().Stage, StudyWide: g.First().Source is null)).ToArray();
        // A study-wide stage right after a per-file one is where the enqueued batch put a gate.
        var gated = stages.Where((s, i) => s.StudyWide && i > 0 && !stages[i - 1].StudyWide);
        return gated.Select(gate =>
        {
            var files = rows.Where(r => r.Source is not null && r.StageIndex < gate.Index).GroupBy(r => r.Source).ToArray();
            return new GateProgress(gate.Stage, files.Length,
                files.Count(f => f.All(r => r.State == WorkItemState.Done)),
                files.Count(f => f.Any(r => r.State == WorkItemState.Failed)));
        }).ToArray();
    }
}
