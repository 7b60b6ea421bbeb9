using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Passages;

namespace PreCoder.Application.Passages;

/// <summary>
/// The <c>passages</c> stage: rebuilds each interview's passages from its stored segments with <see cref="PassageBuilder"/>,
/// replacing the old ones (after segments were edited, or with other <c>Passages</c> settings). Option: passages=segment|window.
/// </summary>
public sealed class PassagesStage : IItemStage<PassagesStageOptions>
{
    public const string StageName = "passages";

    public string Name => StageName;

    public async Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        var options = ImportStage.Passages(session, input.OptionsAs<PassagesStageOptions>().Passages);
        await using var db = session.CreateDb();
        var segments = await db.Segments.AsNoTracking().OrderBy(s => s.InterviewId).ThenBy(s => s.Index).ToListAsync(cancellationToken);
        return segments.GroupBy(s => s.InterviewId)
            .Select(g => new StageItem(g.Key, ContentHash.OfText(string.Join("\u0002", g.Select(s => $"{s.Id}\u0001{s.Speaker}\u0001{s.Role}\u0001{s.Start}\u0001{s.End}\u0001{s.Text}\u0001{s.English}\u0001{(int)s.Flags}")), input.Options, $"{options.Mode}/{options.TargetWords}/{options.MaxWords}"), InterviewId: g.Key))
            .ToArray();
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var options = ImportStage.Passages(session, input.OptionsAs<PassagesStageOptions>().Passages);
        var id = item.InterviewId ?? item.Key;
        await using var db = session.CreateDb();
        var segments = await db.Segments.AsNoTracking().Where(s => s.InterviewId == id).OrderBy(s => s.Index).ToListAsync(cancellationToken);
        var passages = PassageBuilder.Build(id, segments, options);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Passages.Where(p => p.InterviewId == id).ExecuteDeleteAsync(cancellationToken);
        db.Passages.AddRange(passages);
        await db.SaveChangesAsync(cancellationToken);
        var evidence = await EvidenceReanchoring.ReanchorAsync(db, id, passages, session.Time.GetUtcNow(), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return $"{passages.Count} passages from {segments.Count} segments{evidence.Describe()}";
    }
}
