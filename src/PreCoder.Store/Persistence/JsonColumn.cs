using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PreCoder.Store.Persistence;

/// <summary>
/// Stores a small value object (attribute maps, id lists, evidence quotes) as a JSON text column, which both
/// SQLite and PostgreSQL hold the same way, so one model serves both providers. The converters name only public
/// members (<see cref="JsonSerializerOptions.Web"/>, not a private field) because the compiled model
/// (<c>CompiledModels/</c>) is generated code that calls them.
/// </summary>
internal static class JsonColumn
{

    public static ValueConverter<T, string> Converter<T>() where T : class =>
        new(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web), s => JsonSerializer.Deserialize<T>(s, JsonSerializerOptions.Web)!);

    /// <summary>
    /// A list column; the empty list, which most decisions and suggestions carry, is read without the JSON parser
    /// (hundreds of thousands of rows are read at once when agreement is computed).
    /// </summary>
    public static ValueConverter<IReadOnlyList<T>, string> ListConverter<T>() =>
        new(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web), s => ReadList<T>(s));

    /// <summary>A list column's stored text as the list (what <see cref="ListConverter{T}"/> reads, for SQL read by hand).</summary>
    public static IReadOnlyList<T> ReadList<T>(string json) => json == "[]" ? Array.Empty<T>() : JsonSerializer.Deserialize<T[]>(json, JsonSerializerOptions.Web)!;

    /// <summary>Attribute maps keep the domain's case-insensitive keys after a round trip through JSON.</summary>
    public static ValueConverter<Dictionary<string, string>, string> AttributeConverter() =>
        new(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
            s => new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(s, JsonSerializerOptions.Web)!, StringComparer.OrdinalIgnoreCase));

    public static ValueComparer<T> Comparer<T>() where T : class =>
        new(
            (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web).GetHashCode(),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!);
}
