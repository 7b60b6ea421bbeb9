using PreCoder.Classification.Embeddings;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Trained;

/// <summary>
/// Finds the spans a coder's quote covers. A quote is found by its passage id and offsets when they fit the embedded
/// text, else by searching its text in the interview's passages (imported codes often carry the quote text only).
/// </summary>
public static class EvidenceLocator
{
    public static IEnumerable<(PassageVectors Passage, EmbeddedSpan Span)> Spans(EvidenceQuote quote, IReadOnlyList<PassageVectors> passages)
    {
        foreach (var (p, start, length) in Locate(quote, passages))
        {
            foreach (var s in p.Spans.Where(s => s.Start < start + length && start < s.Start + s.Length))
            {
                yield return (p, s);
            }
        }
    }

    private static IEnumerable<(PassageVectors, int, int)> Locate(EvidenceQuote quote, IReadOnlyList<PassageVectors> passages)
    {
        var text = quote.Text.Trim();
        if (text.Length == 0)
        {
            yield break;
        }
        var own = passages.FirstOrDefault(p => p.Passage.Id == quote.PassageId);
        if (own is not null && own.English == quote.English && quote.Start + quote.Length <= own.Text.Length && own.Text.Substring(quote.Start, quote.Length) == quote.Text)
        {
            yield return (own, quote.Start, quote.Length);
            yield break;
        }
        foreach (var p in passages.OrderBy(p => p == own ? 0 : 1))
        {
            var at = p.Text.IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return (p, at, text.Length);
                yield break;
            }
        }
    }
}
