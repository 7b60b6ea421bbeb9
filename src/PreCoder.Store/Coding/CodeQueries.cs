using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;
using PreCoder.Store.Reading;

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
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        return await CurrentCodesAsync(reader, coderFilter, cancellationToken);
    }

    /// <summary>Current codes of the coders the filter accepts (all when null), in the order they were decided.</summary>
    public static async Task<IReadOnlyList<CodeRecord>> CurrentCodesAsync(StudyReader reader, Func<string, bool>? coderFilter, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string>? coderIds = null;
        if (coderFilter is not null)
        {
            // The predicate cannot run in SQL; the few coder ids it picks from can, and the filter then does.
            var present = await CoderQueries.DecidingAsync(reader, cancellationToken);
            var picked = present.Where(coderFilter).ToArray();
            // When every coder is picked the query goes without the list: with it, SQLite reads the codes through the
            // coder index and must sort them by id again (at the seed study's scale that sort was half of the query).
            // The filter still picks the rows, for a coder who started deciding in between.
            coderIds = picked.Length == present.Count ? null : picked;
        }
        var codes = await ReadAllAsync(reader, coderIds, CodeReadParallelism.Default, cancellationToken);
        if (coderFilter is not null)
        {
            codes.RemoveAll(code => !coderFilter(code.CoderId));
        }
        return codes;
    }

    /// <summary>Current codes of the named coders, in the order they were decided.</summary>
    public static async Task<IReadOnlyList<CodeRecord>> CurrentCodesOfAsync(StudyDbContext db, IReadOnlyCollection<string> coderIds, CancellationToken cancellationToken)
    {
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        return await ReadAllAsync(reader, coderIds, CodeReadParallelism.Default, cancellationToken);
    }

    /// <summary>Current codes of the named coders (all when null), read in parallel id ranges as <paramref name="parallelism"/> allows.</summary>
    internal static async Task<List<CodeRecord>> ReadAllAsync(StudyDbContext db, IReadOnlyCollection<string>? coderIds, CodeReadParallelism parallelism, CancellationToken cancellationToken)
    {
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        return await ReadAllAsync(reader, coderIds, parallelism, cancellationToken);
    }

    internal static Task<List<CodeRecord>> ReadAllAsync(StudyReader reader, IReadOnlyCollection<string>? coderIds, CodeReadParallelism parallelism, CancellationToken cancellationToken) =>
        coderIds is { Count: 0 } ? Task.FromResult(new List<CodeRecord>()) : CurrentCodeReader.ReadAllAsync(reader, coderIds, parallelism, cancellationToken);
}
