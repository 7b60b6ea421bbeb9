using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Benchmarks;

/// <summary>Serves vectors already computed, so the scoring pass times scoring only.</summary>
internal sealed class PrecomputedEncoder(IPassageEncoder inner, IReadOnlyList<PreCoder.Core.Passages.Passage> passages, IReadOnlyList<PassageVectors> vectors) : IPassageEncoder
{
    private readonly Dictionary<(string, string), PassageVectors> _byKey = passages.Select((p, i) => ((p.InterviewId, p.Id), vectors[i])).ToDictionary(x => x.Item1, x => x.Item2);

    public string Name => inner.Name;

    public float[][] EncodeTexts(IReadOnlyList<string> texts, CancellationToken cancellationToken) => inner.EncodeTexts(texts, cancellationToken);

    public IReadOnlyList<PassageVectors> Encode(IReadOnlyList<PreCoder.Core.Passages.Passage> passages, CancellationToken cancellationToken) =>
        passages.Select(p => _byKey[(p.InterviewId, p.Id)]).ToArray();
}
