using PreCoder.Core.Coding;
using PreCoder.Core.Passages;

namespace PreCoder.Application.Coding;

/// <summary>
/// Turns a quote a person typed or pasted into stored evidence: the exact span of a stored passage (its original text
/// first, then its English), whitespace differences aside. What is kept is always verbatim transcript text.
/// </summary>
public static class EvidenceLocator
{
    /// <summary>The quote's span in the first passage that holds it, or null when no passage does.</summary>
    public static EvidenceQuote? Find(string quote, IEnumerable<Passage> passages)
    {
        foreach (var p in passages)
        {
            if (QuoteLocator.Find(p.Text, quote) is { } span)
            {
                return new EvidenceQuote(p.Id, span.Start, span.Length, p.Text.Substring(span.Start, span.Length), false, p.Start, p.End, p.Flags);
            }
            if (p.English is { } en && QuoteLocator.Find(en, quote) is { } enSpan)
            {
                return new EvidenceQuote(p.Id, enSpan.Start, enSpan.Length, en.Substring(enSpan.Start, enSpan.Length), true, p.Start, p.End, p.Flags);
            }
        }
        return null;
    }

    /// <summary>True when both lists quote the same spans in the same order.</summary>
    public static bool Same(IReadOnlyList<EvidenceQuote> a, IReadOnlyList<EvidenceQuote> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.PassageId == p.Second.PassageId && p.First.Start == p.Second.Start && p.First.Length == p.Second.Length && p.First.English == p.Second.English);

    public static string Shorten(string s) => s.Length > 60 ? s[..60] + "..." : s;
}
