namespace PreCoder.Codebooks.Validation;

/// <summary>
/// Where each part of a codebook was read from, keyed by a path such as <c>variables[3].definition</c> or
/// <c>scales.likert4.anchors.5</c>. The validator checks the model, not a file, and asks this map for lines.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public static SourceMap Empty { get; } = new();

    public void Record(string path, int line)
    {
        if (line > 0)
        {
            _lines.TryAdd(path, line);
        }
    }

    /// <summary>The line of <paramref name="path"/>, else of the nearest enclosing part that was recorded.</summary>
    public int? Line(string path)
    {
        while (path.Length > 0)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }
            path = path[..cut];
        }
        return null;
    }
}
