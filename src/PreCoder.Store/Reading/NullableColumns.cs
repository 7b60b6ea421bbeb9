using System.Data.Common;

namespace PreCoder.Store.Reading;

/// <summary>Reads a column that may hold NULL as a nullable value, the way EF Core maps an optional property.</summary>
internal static class NullableColumns
{
    public static string? GetStringOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    public static double? GetDoubleOrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetDouble(column);

    public static long? GetInt64OrNull(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetInt64(column);
}
