using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Tests.Embeddings;

public class SpanSplitterTests
{
    [Fact]
    public void Split_ShortSentences_JoinsThemUpToMinWords()
    {
        var text = "Yes. I did. I went to the market every day with my brother. No.";

        var spans = SpanSplitter.Split(text, new EncoderOptions { MinSpanWords = 6, MaxSpanWords = 30 });

        Assert.Equal(["Yes. I did. I went to the market every day with my brother. No."], spans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Split_LongText_SpansStayWithinMaxWordsAndAreExact()
    {
        var text = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"Sentence {i} has a few words in it."));

        var spans = SpanSplitter.Split(text, new EncoderOptions { MinSpanWords = 8, MaxSpanWords = 20 });

        Assert.True(spans.Count >= 7);
        Assert.All(spans, s => Assert.InRange(text.Substring(s.Start, s.Length).Split(' ').Length, 8, 20));
    }
}
