using PreCoder.Core.Coding;
using PreCoder.Store.Coding;
using PreCoder.Store.Persistence;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Coding;

/// <summary>
/// Which coders are machines, decided by the kind stored with each coder, never by how a name looks.
/// <c>--coder machine</c> stands for every machine coder.
/// </summary>
public static class MachineCoders
{
    public static async Task<HashSet<string>> IdsAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        return await IdsAsync(reader, cancellationToken);
    }

    public static async Task<HashSet<string>> IdsAsync(StudyReader reader, CancellationToken cancellationToken) =>
        (await CoderQueries.IdsOfKindAsync(reader, CoderKind.Machine, cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for the <c>machine</c> alias and for a stored machine coder (names compared case-insensitively, as the command line does).</summary>
    public static async Task<bool> IsMachineAsync(StudyReader reader, string coder, CancellationToken cancellationToken) =>
        IsAlias(coder) || (await IdsAsync(reader, cancellationToken)).Contains(coder);

    public static bool IsAlias(string coder) => coder.Equals(Coder.MachineAlias, StringComparison.OrdinalIgnoreCase);
}
