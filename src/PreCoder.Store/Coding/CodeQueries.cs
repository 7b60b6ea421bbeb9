using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Coding;

/// <summary>
/// Reads coders' current codes from the append-only trail: for each unit (coder, interview, passage, variable), the
/// coder's latest decision that sets or clears a code. The database picks the latest decisions (a correlated NOT
/// EXISTS over the <c>Decisions</c> index on coder, interview, variable, passage and id), so a seed-scale trail is
/// never loaded whole.
/// </summary>
public static class CodeQueries
{
    /// <summary>Current codes of the coders the filter accepts (all when null), in the order they were decided.</summary>
    public static async Task<IReadOnlyList<CodeRecord>> CurrentCodesAsync(StudyDbContext db, Func<string, bool>? coderFilter, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string>? coderIds = null;
        if (coderFilter is not null)
        {
            // The predicate cannot run in SQL; the few coder ids it picks from can, and the filter then does.
            var present = await db.Decisions.AsNoTracking().Select(d => d.CoderId).Distinct().ToListAsync(cancellationToken);
            var picked = present.Where(coderFilter).ToArray();
            // When every coder is picked the query goes without the list: with it, SQLite reads the codes through the
            // coder index and must sort them by id again (at the seed study's scale that sort was half of the query).
            // The filter still picks the rows, for a coder who started deciding in between.
            coderIds = picked.Length == present.Count ? null : picked;
        }
        return await ToListAsync(StreamCurrentCodesAsync(db, coderIds, cancellationToken), coderFilter, cancellationToken);
    }

    /// <summary>Current codes of the named coders, in the order they were decided.</summary>
    public static Task<IReadOnlyList<CodeRecord>> CurrentCodesOfAsync(StudyDbContext db, IReadOnlyCollection<string> coderIds, CancellationToken cancellationToken) =>
        ToListAsync(StreamCurrentCodesAsync(db, coderIds, cancellationToken), null, cancellationToken);

    /// <summary>
    /// Current codes of the named coders (all when null) as the database returns them, in the order they were decided;
    /// only the latest decision of each unit leaves the database.
    /// </summary>
    public static IAsyncEnumerable<CodeRecord> StreamCurrentCodesAsync(StudyDbContext db, IReadOnlyCollection<string>? coderIds, CancellationToken cancellationToken = default) =>
        CurrentCodeReader.ReadAsync(db, LatestDecisions(db, coderIds), cancellationToken);

    /// <summary>Each unit's latest decision other than a note (notes neither set nor clear a code).</summary>
    private static IQueryable<CodeDecision> LatestDecisions(StudyDbContext db, IReadOnlyCollection<string>? coderIds)
    {
        var coded = db.Decisions.AsNoTracking().Where(d => d.Action != DecisionAction.Note);
        if (coderIds is not null)
        {
            coded = coded.Where(d => coderIds.Contains(d.CoderId));
        }
        return coded
            .Where(d => !db.Decisions.Any(later =>
                later.CoderId == d.CoderId && later.InterviewId == d.InterviewId && later.VariableId == d.VariableId
                && later.PassageId == d.PassageId && later.Id > d.Id && later.Action != DecisionAction.Note))
            .OrderBy(d => d.Id);
    }

    private static async Task<IReadOnlyList<CodeRecord>> ToListAsync(IAsyncEnumerable<CodeRecord> codes, Func<string, bool>? coderFilter, CancellationToken cancellationToken)
    {
        var list = new List<CodeRecord>();
        await foreach (var code in codes.WithCancellation(cancellationToken))
        {
            if (coderFilter is null || coderFilter(code.CoderId))
            {
                list.Add(code);
            }
        }
        return list;
    }
}
