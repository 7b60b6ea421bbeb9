using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PreCoder.Store.Persistence;

/// <summary>
/// Stores a small value object (attribute maps, id lists, evidence quotes) as a JSON text column, which both
/// SQLite and PostgreSQL hold the same way, so one model serves both providers.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>() where T : class =>
        new(v => JsonSerializer.Serialize(v, Options), s => JsonSerializer.Deserialize<T>(s, Options)!);

    /// <summary>Attribute maps keep the domain's case-insensitive keys after a round trip through JSON.</summary>
    public static ValueConverter<Dictionary<string, string>, string> AttributeConverter() =>
        new(
            v => JsonSerializer.Serialize(v, Options),
            s => new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(s, Options)!, StringComparer.OrdinalIgnoreCase));

    public static ValueComparer<T> Comparer<T>() where T : class =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            v => JsonSerializer.Serialize(v, Options).GetHashCode(),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!);
}
