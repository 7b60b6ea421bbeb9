using System.Text;

namespace PreCoder.Codebooks.Qdc;

/// <summary>
/// The part of a .qdc <c>&lt;Description&gt;</c> that carries what REFI-QDA cannot: after the human-readable
/// text, a line <c>--- precoder ---</c> and then one <c>key: value</c> per line. Values escape newlines as
/// <c>\n</c> and backslashes as <c>\\</c>; repeatable keys (indicator, anchor, category, missing_reason) repeat.
/// </summary>
internal sealed class QdcDescriptionBlock
{
    public const string Marker = "--- precoder ---";

    /// <summary>The text before the marker: what other QDA tools show as the code's description.</summary>
    public string Human { get; private init; } = "";

    /// <summary>The entries in file order, with their 0-based line offset within the description.</summary>
    public List<(string Key, string Value, int LineOffset)> Entries { get; } = [];

    /// <summary>False for a third-party description with no PreCoder block.</summary>
    public bool HasBlock { get; private init; }

    /// <summary>Lines inside the block that are not <c>key: value</c>, with their offsets.</summary>
    public List<(string Text, int LineOffset)> Malformed { get; } = [];

    public string? Get(string key) => Entries.FirstOrDefault(e => e.Key == key).Value;

    public bool Has(string key) => Entries.Any(e => e.Key == key);

    public IEnumerable<string> All(string key) => Entries.Where(e => e.Key == key).Select(e => e.Value);

    public int OffsetOf(string key) => Entries.FirstOrDefault(e => e.Key == key).LineOffset;

    public static QdcDescriptionBlock Parse(string? description)
    {
        var lines = (description ?? "").Replace("\r\n", "\n").Split('\n');
        var markerAt = Array.FindIndex(lines, l => l.Trim() == Marker);
        if (markerAt < 0)
        {
            return new QdcDescriptionBlock { Human = (description ?? "").Trim() };
        }
        var block = new QdcDescriptionBlock { Human = string.Join("\n", lines[..markerAt]).Trim(), HasBlock = true };
        for (var i = markerAt + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                block.Malformed.Add((line, i));
                continue;
            }
            block.Entries.Add((line[..colon].Trim(), Unescape(line[(colon + 1)..].Trim()), i));
        }
        return block;
    }

    /// <summary>Writes <paramref name="human"/> followed by the block.</summary>
    public static string Format(string? human, IEnumerable<(string Key, string? Value)> entries)
    {
        var builder = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(human))
        {
            builder.Append(human.Trim()).Append("\n\n");
        }
        builder.Append(Marker);
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                builder.Append('\n').Append(key).Append(": ").Append(Escape(value));
            }
        }
        return builder.ToString();
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\r\n", "\n").Replace("\n", "\\n");

    private static string Unescape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                builder.Append(value[i + 1] == 'n' ? '\n' : value[i + 1]);
                i++;
            }
            else
            {
                builder.Append(value[i]);
            }
        }
        return builder.ToString();
    }
}
