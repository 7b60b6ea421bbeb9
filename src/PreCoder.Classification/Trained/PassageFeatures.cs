using Microsoft.ML.Data;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Learning;

namespace PreCoder.Classification.Trained;

/// <summary>
/// What a learned passage-level model reads of one passage, with the dialogue around it: the passage's mean vector,
/// the element-wise maximum over its sentences (one sentence about the variable stands out there even in a long turn),
/// the mean vector of the other speaker's turn before it (in dialogue "yes, a lot" is about whatever was asked) and of
/// the same speaker's previous turn (strategies and topics run on), the zero-shot reading, the passage's
/// <see cref="SentenceCues"/>, and the hashed word and character n-grams of the passage and of the turn before it.
/// Absent neighbours are zeros. Dense parts first, then the two n-gram blocks, as one sparse ML.NET vector.
/// </summary>
public static class PassageFeatures
{
    private const int VectorParts = 4;

    private const int Scalars = 1 + SentenceCues.Count;

    public static int DenseCount(int dimensions) => (VectorParts * dimensions) + Scalars;

    public static int Count(int dimensions) => DenseCount(dimensions) + (2 * HashedNgrams.Buckets);

    /// <summary>Each passage's best z for the variable, from its zero-shot mentions (empty when there are none).</summary>
    public static IReadOnlyDictionary<string, double> BestZByPassage(ZeroShot.VariableMentions? mentions) =>
        mentions is null
            ? new Dictionary<string, double>()
            : mentions.Ranked.GroupBy(s => s.Passage.Passage.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(s => s.Z), StringComparer.Ordinal);

    /// <summary>Null when the passage has no text to read.</summary>
    public static VBuffer<float>? Compute(IReadOnlyList<PassageVectors> passages, int index, IReadOnlyDictionary<string, double> bestZ)
    {
        var passage = passages[index];
        var own = passage.Mean;
        if (own.Length == 0 || passage.Spans.Count == 0)
        {
            return null;
        }
        var d = own.Length;
        var dense = new float[DenseCount(d)];
        own.CopyTo(dense, 0);
        var max = dense.AsSpan(d, d);
        passage.Spans[0].Vector.CopyTo(max);
        foreach (var span in passage.Spans.Skip(1))
        {
            System.Numerics.Tensors.TensorPrimitives.Max(max, span.Vector, max);
        }
        var other = Previous(passages, index, sameSpeaker: false);
        var same = Previous(passages, index, sameSpeaker: true);
        other?.Mean.AsSpan(0, Math.Min(d, other.Mean.Length)).CopyTo(dense.AsSpan(2 * d));
        same?.Mean.AsSpan(0, Math.Min(d, same.Mean.Length)).CopyTo(dense.AsSpan(3 * d));
        dense[VectorParts * d] = bestZ.TryGetValue(passage.Passage.Id, out var z) && double.IsFinite(z) ? (float)Math.Clamp(z, -10, 30) : 0f;
        SentenceCues.Write(passage.Text, dense.AsSpan((VectorParts * d) + 1));

        var ownGrams = HashedNgrams.Of(passage.Text);
        var otherGrams = other is null ? SparseVector.Empty : HashedNgrams.Of(other.Text);
        var values = new float[dense.Length + ownGrams.Indices.Length + otherGrams.Indices.Length];
        var indices = new int[values.Length];
        for (var i = 0; i < dense.Length; i++)
        {
            values[i] = dense[i];
            indices[i] = i;
        }
        var at = dense.Length;
        foreach (var (grams, offset) in new[] { (ownGrams, dense.Length), (otherGrams, dense.Length + HashedNgrams.Buckets) })
        {
            for (var i = 0; i < grams.Indices.Length; i++, at++)
            {
                values[at] = grams.Values[i];
                indices[at] = offset + grams.Indices[i];
            }
        }
        return new VBuffer<float>(Count(d), values.Length, values, indices);
    }

    /// <summary>The nearest earlier passage of another speaker, or of the same speaker; null when there is none.</summary>
    private static PassageVectors? Previous(IReadOnlyList<PassageVectors> passages, int index, bool sameSpeaker)
    {
        var speaker = passages[index].Passage.Speaker;
        for (var j = index - 1; j >= 0; j--)
        {
            if ((passages[j].Passage.Speaker == speaker) == sameSpeaker && passages[j].Mean.Length > 0)
            {
                return passages[j];
            }
        }
        return null;
    }
}
