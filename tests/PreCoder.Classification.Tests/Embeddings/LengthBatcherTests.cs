using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Tests.Support;

namespace PreCoder.Classification.Tests.Embeddings;

public class LengthBatcherTests
{
    private static readonly string[] Texts = Enumerable.Range(0, 10).Select(i => new string('x', (i * 7 % 10) + 1)).ToArray();

    [Fact]
    public void Encode_MixedLengths_BatchesBySimilarLengthAndKeepsOrder()
    {
        var encoder = new FakeTextEncoder();

        var vectors = LengthBatcher.Encode(encoder, Texts, batchSize: 4, CancellationToken.None);

        Assert.Equal(3, encoder.Batches.Count);
        var byLength = encoder.Batches.OrderBy(b => b.Min(t => t.Length)).ToList();
        Assert.All(byLength.Zip(byLength.Skip(1)), pair => Assert.True(pair.First.Max(t => t.Length) <= pair.Second.Min(t => t.Length)));
        Assert.Equal(Texts.Select(t => encoder.Encode([t], default)[0]), vectors);
    }

    [Fact]
    public void Encode_Parallel_RunsBatchesAtOnceAndGivesTheSameVectors()
    {
        var sequential = LengthBatcher.Encode(new FakeTextEncoder(), Texts, batchSize: 2, CancellationToken.None);
        var encoder = new FakeTextEncoder { Delay = TimeSpan.FromMilliseconds(50) };

        var parallel = LengthBatcher.Encode(encoder, Texts, batchSize: 2, CancellationToken.None, parallelism: 3);

        Assert.Equal(sequential, parallel);
        Assert.Equal(5, encoder.Batches.Count);
        Assert.InRange(encoder.MostConcurrent, 2, 3);
    }

    [Fact]
    public void Encode_EncoderFailsInParallel_ThrowsItsErrorNotAnAggregate()
    {
        var failing = new FailingTextEncoder();

        var error = Assert.Throws<InvalidOperationException>(() => LengthBatcher.Encode(failing, Texts, 2, CancellationToken.None, parallelism: 2));

        Assert.Equal("model failed", error.Message);
    }

    [Fact]
    public void Encode_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => LengthBatcher.Encode(new FakeTextEncoder(), Texts, 2, cancelled.Token, parallelism: 2));
    }

    private sealed class FailingTextEncoder : ITextEncoder
    {
        public string Name => "failing";

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken) => throw new InvalidOperationException("model failed");
    }
}
