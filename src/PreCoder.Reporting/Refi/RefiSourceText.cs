using System.Text;
using System.Text.RegularExpressions;

namespace PreCoder.Reporting.Refi;

/// <summary>
/// One interview's transcript as the plain text a REFI-QDA source holds: one block per passage, <c>Speaker: text</c>,
/// then <c>[English] translation</c> when the passage has one, blocks separated by a blank line. Records where each
/// passage's text starts so a quote's passage offsets become source positions (in characters, as the standard counts).
/// </summary>
public sealed partial class RefiSourceText
{
    private const string EnglishPrefix = "[English] ";

    private readonly Dictionary<string, (int Text, int Length, int English, int EnglishLength)> _starts = new(StringComparer.Ordinal);

    public RefiSourceText(IEnumerable<RefiPassage> passages)
    {
        var text = new StringBuilder();
        foreach (var p in passages.OrderBy(p => p.Index))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(p.Speaker.Length > 0 ? p.Speaker + ": " : "");
            var start = text.Length;
            text.Append(p.Text);
            var english = -1;
            if (!string.IsNullOrEmpty(p.English) && p.English != p.Text)
            {
                text.Append('\n').Append(EnglishPrefix);
                english = text.Length;
                text.Append(p.English);
            }

            _starts[p.PassageId] = (start, p.Text.Length, english, p.English?.Length ?? 0);
        }

        Text = text.ToString();
    }

    public string Text { get; }

    /// <summary>
    /// Reads a source text back into turns, one per line: <c>Speaker: text</c> (a short label without sentence
    /// punctuation, as the plain-text transcript reader takes it) or text alone, and a <c>[English] ...</c> line as the
    /// English of the turn above. Other programs' sources become one turn per non-empty line.
    /// </summary>
    public static IReadOnlyList<RefiSourceBlock> Parse(string text)
    {
        var blocks = new List<RefiSourceBlock>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text[lineStart..lineEnd].TrimEnd('\r');
            if (line.StartsWith(EnglishPrefix, StringComparison.Ordinal) && blocks.Count > 0 && blocks[^1].English is null)
            {
                var english = line[EnglishPrefix.Length..];
                blocks[^1] = blocks[^1] with { English = english, EnglishStart = lineStart + EnglishPrefix.Length };
            }
            else if (line.Trim().Length > 0)
            {
                var label = SpeakerLabel().Match(line);
                var start = label.Success ? label.Length : 0;
                var lead = line.Length - line[start..].TrimStart().Length;
                blocks.Add(new RefiSourceBlock(label.Success ? label.Groups[1].Value.Trim() : "", line[lead..].TrimEnd(), lineStart + lead, null, -1));
            }

            lineStart = lineEnd + 1;
        }

        return blocks;
    }

    // The plain-text transcript reader's rule: a speaker label is short and has no sentence punctuation.
    [GeneratedRegex(@"^\s*([^:\[\]\.\?!]{1,40}?)\s*:\s+")]
    private static partial Regex SpeakerLabel();

    /// <summary>Source positions [start, end) of a quote, or of the whole passage when <paramref name="length"/> is null; null when the passage is unknown.</summary>
    public (int Start, int End)? Span(string passageId, int start, int? length, bool english)
    {
        if (!_starts.TryGetValue(passageId, out var p))
        {
            return null;
        }

        var (origin, size) = english && p.English >= 0 ? (p.English, p.EnglishLength) : (p.Text, p.Length);
        return length is { } n ? (origin + start, origin + start + n) : (origin, origin + size);
    }
}
