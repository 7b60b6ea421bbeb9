using System.Text;

namespace PreCoder.Core.Coding;

/// <summary>
/// Finds a quote in stored text with whitespace differences aside (line breaks, double spaces), and returns the
/// exact stored span, so what is kept as evidence is always a verbatim span of the transcript.
/// </summary>
public static class QuoteLocator
{
    /// <summary>Returns (start, length) of the quote in <paramref name="text"/>, or null when it is not there.</summary>
    public static (int Start, int Length)? Find(string text, string quote)
    {
        var exact = text.IndexOf(quote, StringComparison.Ordinal);
        if (exact >= 0 && quote.Length > 0)
        {
            return (exact, quote.Length);
        }
        var (normText, map) = Normalize(text);
        var (normQuote, _) = Normalize(quote);
        if (normQuote.Length == 0)
        {
            return null;
        }
        var at = normText.IndexOf(normQuote, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var start = map[at];
        var end = map[at + normQuote.Length - 1] + 1;
        return (start, end - start);
    }

    /// <summary>Collapses every whitespace run to one space and trims, remembering each kept character's original index.</summary>
    private static (string Text, int[] Map) Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        var map = new List<int>(s.Length);
        var pendingSpace = false;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                map.Add(i - 1);
                pendingSpace = false;
            }
            sb.Append(s[i]);
            map.Add(i);
        }
        return (sb.ToString(), map.ToArray());
    }
}
