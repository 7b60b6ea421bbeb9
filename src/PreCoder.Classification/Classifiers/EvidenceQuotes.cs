using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Classifiers;

/// <summary>Turns scored spans into evidence quotes, and checks that a quote is verbatim.</summary>
public static class EvidenceQuotes
{
    /// <summary>
    /// A quote of the span: its exact text at its offsets in the passage's embedded text. Times are the passage's own
    /// (segments carry no finer timing once merged).
    /// </summary>
    public static EvidenceQuote From(ScoredSpan s)
    {
        var p = s.Passage.Passage;
        var quote = new EvidenceQuote(p.Id, s.Span.Start, s.Span.Length, s.Text, s.Passage.English, p.Start, p.End, p.Flags);
        return IsVerbatim(quote, s.Passage.Text) ? quote : throw new InvalidOperationException($"quote of {p.Id} at {s.Span.Start} is not verbatim");
    }

    /// <summary>True when the quote's text is exactly the passage text at the quote's offsets.</summary>
    public static bool IsVerbatim(EvidenceQuote quote, string? passageText) =>
        passageText is not null
        && quote.Start >= 0 && quote.Length >= 0 && quote.Start + quote.Length <= passageText.Length
        && string.CompareOrdinal(passageText, quote.Start, quote.Text, 0, Math.Max(quote.Length, quote.Text.Length)) == 0
        && quote.Text.Length == quote.Length;
}
