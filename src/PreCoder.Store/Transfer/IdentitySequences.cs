using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Transfer;

/// <summary>
/// After rows were inserted with their ids, PostgreSQL's identity sequences still start at 1; each is moved past the
/// largest copied id so the next decision or suggestion gets a fresh one. (SQLite's AUTOINCREMENT follows by itself.)
/// </summary>
internal static class IdentitySequences
{
    public static async Task ResetAsync(StudyDbContext db, IEnumerable<IEntityType> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            var name = table.GetTableName()!;
            foreach (var key in table.GetKeys().SelectMany(k => k.Properties).Where(IsIdentity))
            {
                var column = key.GetColumnName();
#pragma warning disable EF1002 // Table and column names come from the model, not from input.
                await db.Database.ExecuteSqlRawAsync(
                    $"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{name}\"), 0) + 1, false)",
                    cancellationToken);
#pragma warning restore EF1002
            }
        }
    }

    private static bool IsIdentity(IProperty property) =>
        property.ValueGenerated == ValueGenerated.OnAdd && (property.ClrType == typeof(long) || property.ClrType == typeof(int));
}
