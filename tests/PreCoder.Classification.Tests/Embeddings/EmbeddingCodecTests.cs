using PreCoder.Classification.Embeddings;
using PreCoder.Core.Passages;

namespace PreCoder.Classification.Tests.Embeddings;

public class EmbeddingCodecTests
{
    private static readonly Passage Passage = new() { Id = "p0001", InterviewId = "i1", Index = 0, SegmentIds = ["s1"], Text = "Hello there. General Kenobi." };

    [Fact]
    public void Unpack_PackedVectors_RoundTrips()
    {
        var vectors = new PassageVectors(Passage, false, [new EmbeddedSpan(0, 12, [0.6f, 0.8f]), new EmbeddedSpan(13, 15, [1f, 0f])]);

        var back = EmbeddingCodec.Unpack(Passage, EmbeddingCodec.Pack(vectors));

        Assert.NotNull(back);
        Assert.Equal(vectors.Spans.Select(s => (s.Start, s.Length)), back.Spans.Select(s => (s.Start, s.Length)));
        Assert.Equal(vectors.Spans[0].Vector, back.Spans[0].Vector);
    }

    [Fact]
    public void Unpack_TruncatedBytes_ReturnsNull()
    {
        var bytes = EmbeddingCodec.Pack(new PassageVectors(Passage, false, [new EmbeddedSpan(0, 12, [0.6f, 0.8f])]));

        Assert.Null(EmbeddingCodec.Unpack(Passage, bytes[..^3]));
    }

    [Fact]
    public void Unpack_SpanBeyondText_ReturnsNull()
    {
        var bytes = EmbeddingCodec.Pack(new PassageVectors(Passage, false, [new EmbeddedSpan(20, 50, [1f])]));

        Assert.Null(EmbeddingCodec.Unpack(Passage, bytes));
    }
}
