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
        var codes = await ReadAllAsync(db, coderIds, CodeReadParallelism.Default, cancellationToken);
        if (coderFilter is not null)
        {
            codes.RemoveAll(code => !coderFilter(code.CoderId));
        }
        return codes;
    }

    /// <summary>Current codes of the named coders, in the order they were decided.</summary>
    public static async Task<IReadOnlyList<CodeRecord>> CurrentCodesOfAsync(StudyDbContext db, IReadOnlyCollection<string> coderIds, CancellationToken cancellationToken) =>
        await ReadAllAsync(db, coderIds, CodeReadParallelism.Default, cancellationToken);

    /// <summary>Current codes of the named coders (all when null), read in parallel id ranges as <paramref name="parallelism"/> allows.</summary>
    internal static Task<List<CodeRecord>> ReadAllAsync(StudyDbContext db, IReadOnlyCollection<string>? coderIds, CodeReadParallelism parallelism, CancellationToken cancellationToken) =>
        CurrentCodeReader.ReadAllAsync(db, range => LatestDecisions(db, coderIds, range), parallelism, cancellationToken);

    /// <summary>
    /// Each unit's latest decision other than a note (notes neither set nor clear a code); with a range, the units
    /// whose latest decision as of the range's snapshot lies in the range.
    /// </summary>
    private static IQueryable<CodeDecision> LatestDecisions(StudyDbContext db, IReadOnlyCollection<string>? coderIds, DecisionIdRange? range)
    {
        var coded = db.Decisions.AsNoTracking().Where(d => d.Action != DecisionAction.Note);
        if (coderIds is not null)
        {
            coded = coded.Where(d => coderIds.Contains(d.CoderId));
        }
        var (after, upTo, asOf) = range is { } r ? (r.After, r.UpTo, r.AsOf) : (long.MinValue, long.MaxValue, long.MaxValue);
        return coded
            .Where(d => d.Id > after && d.Id <= upTo)
            .Where(d => !db.Decisions.Any(later =>
                later.CoderId == d.CoderId && later.InterviewId == d.InterviewId && later.VariableId == d.VariableId
                && later.PassageId == d.PassageId && later.Id > d.Id && later.Id <= asOf && later.Action != DecisionAction.Note))
            .OrderBy(d => d.Id);
    }
}
