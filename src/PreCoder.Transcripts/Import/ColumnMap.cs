using PreCoder.Core.Errors;

namespace PreCoder.Transcripts.Import;

/// <summary>
/// Which CSV/TSV column holds what. Without <c>--map</c> a column whose header is the key itself is used,
/// so a file with headers <c>interview,segment,speaker,start,end,text</c> needs no map.
/// </summary>
public sealed class ColumnMap
{
    /// <summary>The keys a map may name; <c>text</c> is the only one a file must have.</summary>
    public static readonly IReadOnlyList<string> Keys = ["interview", "segment", "speaker", "start", "end", "text", "english", "language", "role"];

    private readonly Dictionary<string, string> _map;

    private ColumnMap(Dictionary<string, string> map, bool explicitMap)
    {
        _map = map;
        IsExplicit = explicitMap;
    }

    public static ColumnMap Default { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), false);

    /// <summary>True when the user gave --map: then only mapped keys are read.</summary>
    public bool IsExplicit { get; }

    /// <summary>Parses <c>interview=COL,segment=COL,...</c>; an unknown key is an error naming it.</summary>
    public static ColumnMap Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return Default;
        }
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new InputException("--map", null, $"'{part}' is not KEY=COLUMN");
            }
            var key = part[..eq].Trim().ToLowerInvariant();
            if (!Keys.Contains(key))
            {
                throw new InputException("--map", null, $"unknown key '{key}' (known: {string.Join(", ", Keys)})");
            }
            map[key] = part[(eq + 1)..].Trim();
        }
        if (!map.ContainsKey("text"))
        {
            map["text"] = "text";
        }
        return new ColumnMap(map, true);
    }

    /// <summary>The column header for a key, or null when the key is not mapped.</summary>
    public string? ColumnFor(string key) => IsExplicit ? _map.GetValueOrDefault(key) : key;
}
