using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Tests.Support;

/// <summary>Encodes a text as a 4-d vector of its length, recording every batch it was given.</summary>
public sealed class FakeTextEncoder : ITextEncoder
{
    public string Name => "fake";

    public List<IReadOnlyList<string>> Batches { get; } = [];

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Batches.Add(texts.ToArray());
        return texts.Select(t => new[] { t.Length, 1f, 0f, 0f }).Select(v => { VectorMath.NormalizeInPlace(v); return v; }).ToArray();
    }
}
