using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Tests.Support;
using PreCoder.Core.Passages;

namespace PreCoder.Classification.Tests.Embeddings;

public class CachedPassageEncoderTests
{
    private static Passage P(string id, string text) => new() { Id = id, InterviewId = "i1", Index = 0, SegmentIds = [], Text = text };

    [Fact]
    public void Encode_SecondCall_ServesEveryPassageFromCache()
    {
        var fake = new FakeTextEncoder();
        var sut = new CachedPassageEncoder(new PassageEncoder(fake, new EncoderOptions()), new MemoryEmbeddingCache());
        Passage[] passages = [P("p1", "One sentence here that is long enough to stand. Another one follows it here."), P("p2", "Short.")];

        var first = sut.Encode(passages, default);
        var batches = fake.Batches.Count;
        var second = sut.Encode(passages, default);

        Assert.Equal(2, sut.Embedded);
        Assert.Equal(batches, fake.Batches.Count);
        Assert.Equal(first.Select(p => p.Spans.Count), second.Select(p => p.Spans.Count));
    }

    [Fact]
    public void Encode_EditedText_EmbedsThatPassageAgain()
    {
        var sut = new CachedPassageEncoder(new PassageEncoder(new FakeTextEncoder(), new EncoderOptions()), new MemoryEmbeddingCache());
        sut.Encode([P("p1", "Original text of the passage.")], default);

        var again = sut.Encode([P("p1", "Edited text of the passage, now longer.")], default);

        Assert.Equal(2, sut.Embedded);
        Assert.Equal("Edited text of the passage, now longer.", again[0].Text.Substring(again[0].Spans[0].Start, again[0].Spans[0].Length));
    }
}
