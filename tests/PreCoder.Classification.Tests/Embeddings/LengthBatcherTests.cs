using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Tests.Support;

namespace PreCoder.Classification.Tests.Embeddings;

public class LengthBatcherTests
{
    [Fact]
    public void Encode_MixedLengths_BatchesBySimilarLengthAndKeepsOrder()
    {
        var texts = Enumerable.Range(0, 10).Select(i => new string('x', (i * 7 % 10) + 1)).ToArray();
        var encoder = new FakeTextEncoder();

        var vectors = LengthBatcher.Encode(encoder, texts, batchSize: 4, CancellationToken.None);

        Assert.Equal(3, encoder.Batches.Count);
        Assert.All(encoder.Batches.Zip(encoder.Batches.Skip(1)), pair => Assert.True(pair.First.Max(t => t.Length) <= pair.Second.Min(t => t.Length)));
        Assert.Equal(texts.Select(t => encoder.Encode([t], default)[0]), vectors);
    }
}
