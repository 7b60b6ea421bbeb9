using PreCoder.Core.Coding;

namespace PreCoder.Llm.Coding;

/// <summary>
/// Finds a model's quote in the passage it cites, forgiving only what is not wording: white space, curly versus
/// straight quote marks and apostrophes, and an ellipsis or quote marks wrapped around the whole quote. What is kept
/// is the passage's own characters at the found offsets, so the stored evidence is verbatim whatever the model wrote.
/// </summary>
public static class QuoteMatcher
{
    public static (int Start, int Length)? Find(string passageText, string quote)
    {
        var text = Fold(passageText);
        // The quote as written, then without wrapping quote marks, then without a leading or trailing ellipsis.
        var unquoted = quote.Trim().Trim('"', '\'', '“', '”', '‘', '’', '«', '»').Trim();
        var unellipsed = unquoted.TrimStart('.', '…').TrimEnd('…').Trim();
        if (unellipsed.EndsWith("...", StringComparison.Ordinal))
        {
            unellipsed = unellipsed[..^3].TrimEnd();
        }
        foreach (var candidate in new[] { quote.Trim(), unquoted, unellipsed }.Distinct())
        {
            if (candidate.Length >= 2 && QuoteLocator.Find(text, Fold(candidate)) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static string Fold(string s) => string.Create(s.Length, s, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '’' or '‘' or '`' or '´' or 'ʼ' => '\'',
                '“' or '”' or '„' or '«' or '»' => '"',
                '\u00A0' => ' ',
                var c => c,
            };
        }
    });
}
