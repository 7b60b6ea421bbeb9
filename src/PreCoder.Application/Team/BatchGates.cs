using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Team;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Team;

/// <summary>
/// How far a batch's gates are, read from its work items (the gate jobs keep no rows): what <c>precoder status</c>
/// shows, and what a <see cref="BatchGate"/> itself checks before it opens - one rule for both.
/// </summary>
internal static class BatchGates
{
    /// <summary>Every gate of the batch, in pipeline order.</summary>
    public static async Task<IReadOnlyList<GateProgress>> ReadAsync(StudyDbContext db, string batch, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(db, batch, int.MaxValue, cancellationToken);
        var stages = rows.GroupBy(r => r.StageIndex).OrderBy(g => g.Key).Select(g => (Index: g.Key, g.First().Stage, StudyWide: g.First().Source is null)).ToArray();
        // A study-wide stage right after a per-file one is where the enqueued batch put a gate.
        var gated = stages.Where((s, i) => s.StudyWide && i > 0 && !stages[i - 1].StudyWide);
        return gated.Select(gate => Progress(rows, gate.Stage, gate.Index)).ToArray();
    }

    /// <summary>The gate in front of the stage at <paramref name="stageIndex"/>.</summary>
    public static async Task<GateProgress> BeforeAsync(StudyDbContext db, string batch, int stageIndex, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(db, batch, stageIndex, cancellationToken);
        return Progress(rows, rows.FirstOrDefault(r => r.StageIndex == stageIndex)?.Stage ?? "", stageIndex);
    }

    /// <summary>A file is done when all its stages before the gate are, and failed when any of them failed.</summary>
    private static GateProgress Progress(IReadOnlyList<WorkRow> rows, string stage, int stageIndex)
    {
        var files = rows.Where(r => r.Source is not null && r.StageIndex < stageIndex).GroupBy(r => r.Source).ToArray();
        return new GateProgress(stage, files.Length,
            files.Count(f => f.All(r => r.State == WorkItemState.Done)),
            files.Count(f => f.Any(r => r.State == WorkItemState.Failed)));
    }

    private static async Task<List<WorkRow>> RowsAsync(StudyDbContext db, string batch, int maxStageIndex, CancellationToken cancellationToken) =>
        await db.WorkItems.Where(w => w.Batch == batch && w.StageIndex <= maxStageIndex)
            .Select(w => new WorkRow(w.StageIndex, w.Stage, w.Source, w.State))
            .ToListAsync(cancellationToken);

    private sealed record WorkRow(int StageIndex, string Stage, string? Source, WorkItemState State);
}
