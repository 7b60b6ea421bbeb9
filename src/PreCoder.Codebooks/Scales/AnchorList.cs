using System.Globalization;
using System.Text.RegularExpressions;

namespace PreCoder.Codebooks.Scales;

/// <summary>The one-cell anchor notation of spreadsheets and .qdc blocks: <c>0=Not present;1=Present</c>.</summary>
public static partial class AnchorList
{
    public static string Format(IReadOnlyDictionary<int, string> anchors) =>
        string.Join(";", anchors.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key.ToString(CultureInfo.InvariantCulture)}={kv.Value}"));

    /// <summary>Reads the notation; returns false with an error naming the bad part.</summary>
    public static bool TryParse(string text, out Dictionary<int, string> anchors, out string? error)
    {
        anchors = [];
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        // Split only where a new "number=" starts, so anchor texts may themselves contain semicolons.
        foreach (var part in Separator().Split(text.Trim()))
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }
            var eq = part.IndexOf('=');
            if (eq < 0 || !int.TryParse(part[..eq].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                error = $"anchor '{part.Trim()}' is not 'level=text'";
                return false;
            }
            if (!anchors.TryAdd(level, part[(eq + 1)..].Trim()))
            {
                error = $"anchor level {level} is given twice";
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@";(?=\s*-?\d+\s*=)")]
    private static partial Regex Separator();
}
