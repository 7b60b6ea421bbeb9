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
        var trimmed = quote.Trim().Trim('"', '\'', '“', '”', '‘', '’', '«', '»').Trim();
        trimmed = trimmed.Trim('.', '…').Trim();
        if (trimmed.Length < 2)
        {
            return null;
        }
        // Replacements are one character for one, so offsets in the folded text are offsets in the passage.
        return QuoteLocator.Find(Fold(passageText), Fold(trimmed)) ?? QuoteLocator.Find(Fold(passageText), Fold(quote.Trim()));
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
