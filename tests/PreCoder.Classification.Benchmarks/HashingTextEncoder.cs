using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Benchmarks;

/// <summary>
/// A stand-in encoder for timing training and scoring at scale: each text gets a deterministic pseudo-random unit
/// vector of the real encoder's width. Learning and scoring cost the same whatever the vectors say, and this skips the
/// minutes of real embedding that precode.md already measures.
/// </summary>
public sealed class HashingTextEncoder(int dimensions = 384) : ITextEncoder
{
    public string Name => $"hashing-{dimensions}";

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        texts.Select(t =>
        {
            var random = new Random(StringComparer.Ordinal.GetHashCode(t) ^ t.Length);
            var v = new float[dimensions];
            for (var i = 0; i < v.Length; i++)
            {
                v[i] = (float)(random.NextDouble() - 0.5);
            }
            VectorMath.NormalizeInPlace(v);
            return v;
        }).ToArray();
}
