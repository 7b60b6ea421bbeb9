using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Trained;

/// <summary>
/// What a learned passage-level model reads: the passage's mean vector, the element-wise maximum over its spans (one
/// sentence about the variable stands out there even in a long turn, where the mean dilutes it), and the mean vector
/// of the turn before it (zeros for the first turn), because in dialogue what a turn means depends on what came
/// before it: "yes, a lot" is about whatever the question asked. Last, the zero-shot reading of the passage for the
/// variable (its best span's distance above the study's typical span, in SDs; 0 when the codebook gives nothing to
/// compare with), so the model starts from what the description says rather than from the vectors alone.
/// </summary>
public static class PassageFeatures
{
    private const int Parts = 3;

    public static int Count(int dimensions) => (Parts * dimensions) + 1;

    /// <summary>The encoder dimension a feature vector of this length was made from.</summary>
    public static int Dimensions(int count) => (count - 1) / Parts;

    /// <summary>Each passage's best z for the variable, from its zero-shot mentions (empty when there are none).</summary>
    public static IReadOnlyDictionary<string, double> BestZByPassage(ZeroShot.VariableMentions? mentions) =>
        mentions is null
            ? new Dictionary<string, double>()
            : mentions.Ranked.GroupBy(s => s.Passage.Passage.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(s => s.Z), StringComparer.Ordinal);

    /// <summary>Null when the passage has no text to read.</summary>
    public static float[]? Compute(IReadOnlyList<PassageVectors> passages, int index, IReadOnlyDictionary<string, double> bestZ)
    {
        var passage = passages[index];
        var own = passage.Mean;
        if (own.Length == 0 || passage.Spans.Count == 0)
        {
            return null;
        }
        var features = new float[Count(own.Length)];
        own.CopyTo(features, 0);
        var max = features.AsSpan(own.Length, own.Length);
        passage.Spans[0].Vector.CopyTo(max);
        foreach (var span in passage.Spans.Skip(1))
        {
            System.Numerics.Tensors.TensorPrimitives.Max(max, span.Vector, max);
        }
        if (index > 0 && passages[index - 1].Mean.Length == own.Length)
        {
            passages[index - 1].Mean.CopyTo(features, 2 * own.Length);
        }
        features[^1] = bestZ.TryGetValue(passage.Passage.Id, out var z) && double.IsFinite(z) ? (float)z : 0f;
        return features;
    }
}
