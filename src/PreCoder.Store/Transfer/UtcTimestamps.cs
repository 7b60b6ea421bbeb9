using Microsoft.EntityFrameworkCore.Metadata;

namespace PreCoder.Store.Transfer;

/// <summary>
/// PostgreSQL's <c>timestamptz</c> stores instants and Npgsql accepts only UTC offsets, while SQLite keeps whatever
/// offset was written; copying to PostgreSQL turns each timestamp into the same instant at offset zero.
/// </summary>
internal static class UtcTimestamps
{
    public static void Normalise(IEntityType table, object row)
    {
        foreach (var property in table.GetProperties())
        {
            if (property.PropertyInfo is { } info && (info.PropertyType == typeof(DateTimeOffset) || info.PropertyType == typeof(DateTimeOffset?))
                && info.GetValue(row) is DateTimeOffset value && value.Offset != TimeSpan.Zero)
            {
                info.SetValue(row, value.ToUniversalTime());
            }
        }
    }
}
