using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Coding;

/// <summary>
/// Which coders are machines, decided by the kind stored with each coder, never by how a name looks.
/// <c>--coder machine</c> stands for every machine coder.
/// </summary>
public static class MachineCoders
{
    public static async Task<HashSet<string>> IdsAsync(StudyDbContext db, CancellationToken cancellationToken) =>
        (await db.Coders.AsNoTracking().Where(c => c.Kind == CoderKind.Machine).Select(c => c.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for the <c>machine</c> alias and for a stored machine coder (names compared case-insensitively, as the command line does).</summary>
    public static async Task<bool> IsMachineAsync(StudyDbContext db, string coder, CancellationToken cancellationToken) =>
        IsAlias(coder) || (await IdsAsync(db, cancellationToken)).Contains(coder);

    public static bool IsAlias(string coder) => coder.Equals(Coder.MachineAlias, StringComparison.OrdinalIgnoreCase);
}
