using PreCoder.Core.Text;
using PreCoder.Core.Passages;

namespace PreCoder.Classification.Embeddings;

/// <summary>
/// Cuts a passage into the spans that are embedded and quoted: its sentences, with a sentence shorter than
/// <see cref="EncoderOptions.MinSpanWords"/> joined to the next one ("Yes. I did." says little alone), and never more
/// than <see cref="EncoderOptions.MaxSpanWords"/> words, since the encoders were trained on sentence-length text.
/// </summary>
public static class SpanSplitter
{
    public static IReadOnlyList<(int Start, int Length)> Split(string text, EncoderOptions options)
    {
        var spans = new List<(int Start, int Length)>();
        var runStart = -1;
        var runEnd = 0;
        var runWords = 0;
        foreach (var (start, length) in PassageBuilder.Sentences(text))
        {
            var words = WordCount.Of(text.AsSpan(start, length));
            if (runStart >= 0 && runWords + words > options.MaxSpanWords)
            {
                spans.Add((runStart, runEnd - runStart));
                runStart = -1;
                runWords = 0;
            }
            if (runStart < 0)
            {
                runStart = start;
            }
            runEnd = start + length;
            runWords += words;
            if (runWords >= options.MinSpanWords)
            {
                spans.Add((runStart, runEnd - runStart));
                runStart = -1;
                runWords = 0;
            }
        }
        if (runStart >= 0)
        {
            if (spans.Count > 0 && runWords < options.MinSpanWords)
            {
                var (s, _) = spans[^1];
                spans[^1] = (s, runEnd - s);
            }
            else
            {
                spans.Add((runStart, runEnd - runStart));
            }
        }
        return spans;
    }
}
