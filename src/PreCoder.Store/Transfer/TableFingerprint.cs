using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PreCoder.Store.Transfer;

/// <summary>
/// A table's row count and a content hash that does not depend on row order or provider: each row is written in a
/// canonical text form (every mapped property by name, as the column stores it), hashed, and the sorted row hashes are
/// hashed again. Timestamps are compared as UTC instants at the microsecond, the precision PostgreSQL keeps.
/// </summary>
internal sealed class TableFingerprint(IEntityType table)
{
    private readonly IReadOnlyList<IProperty> _properties = table.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
    private readonly List<byte[]> _rowHashes = [];

    public long Rows => _rowHashes.Count;

    public void Add(object row)
    {
        var text = new StringBuilder();
        foreach (var property in _properties)
        {
            var value = Canonical(property, property.PropertyInfo?.GetValue(row) ?? property.FieldInfo?.GetValue(row));
            // Name and length first, so no value can be mistaken for the next property's.
            text.Append(property.Name).Append('=').Append(value?.Length.ToString(CultureInfo.InvariantCulture) ?? "null").Append(':').Append(value).Append('\n');
        }
        _rowHashes.Add(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public string Hash()
    {
        _rowHashes.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in _rowHashes)
        {
            all.AppendData(row);
        }
        return Convert.ToHexStringLower(all.GetHashAndReset());
    }

    private static string? Canonical(IProperty property, object? value)
    {
        if (value is not null && property.GetValueConverter() is { } converter)
        {
            // JSON columns and enums stored as text: compare what the column holds.
            value = converter.ConvertToProvider(value);
        }
        return value switch
        {
            null => null,
            string s => s,
            DateTimeOffset t => (t.UtcTicks / 10).ToString(CultureInfo.InvariantCulture),
            DateTime t => (t.ToUniversalTime().Ticks / 10).ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            byte[] bytes => Convert.ToBase64String(bytes),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
