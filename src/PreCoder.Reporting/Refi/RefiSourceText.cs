using System.Text;

namespace PreCoder.Reporting.Refi;

/// <summary>
/// One interview's transcript as the plain text a REFI-QDA source holds: one block per passage, <c>Speaker: text</c>,
/// then <c>[English] translation</c> when the passage has one, blocks separated by a blank line. Records where each
/// passage's text starts so a quote's passage offsets become source positions (in characters, as the standard counts).
/// </summary>
public sealed class RefiSourceText
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
