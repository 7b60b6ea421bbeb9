using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Tests.Support;

/// <summary>Encodes a text as a 4-d vector of its length, recording every batch it was given (safe to call concurrently).</summary>
public sealed class FakeTextEncoder : ITextEncoder
{
    public string Name => "fake";

    private int _running;

    public List<IReadOnlyList<string>> Batches { get; } = [];

    /// <summary>The most calls that were running at the same moment.</summary>
    public int MostConcurrent { get; private set; }

    /// <summary>How long each call takes, so concurrent calls overlap.</summary>
    public TimeSpan Delay { get; init; }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        lock (Batches)
        {
            Batches.Add(texts.ToArray());
            MostConcurrent = Math.Max(MostConcurrent, running);
        }
        Thread.Sleep(Delay);
        Interlocked.Decrement(ref _running);
        return texts.Select(t => new[] { t.Length, 1f, 0f, 0f }).Select(v => { VectorMath.NormalizeInPlace(v); return v; }).ToArray();
    }
}
