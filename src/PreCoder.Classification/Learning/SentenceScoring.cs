using System.Numerics.Tensors;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Learning;

/// <summary>Each sentence's probability of being evidence for a variable, from whichever model scores its sentences.</summary>
public static class SentenceScoring
{
    /// <param name="context">The interview's <see cref="SentenceContext"/>.</param>
    public static double[] Probabilities(VariableMentions m, SentenceContext context, SentenceSource source, LinearModel? own, LinearModel? shared, float[]? description)
    {
        var p = new double[m.Ranked.Count];
        var model = source switch
        {
            SentenceSource.Own => own,
            SentenceSource.Shared when description is not null => shared,
            _ => null,
        };
        if (model is null || p.Length == 0)
        {
            for (var i = 0; i < p.Length; i++)
            {
                // Without learned evidence: how far the sentence rises above the presence bar, squashed to a probability.
                var z = m.Ranked[i].Z;
                p[i] = double.IsFinite(z) ? 1 / (1 + Math.Exp(-(z - m.Bar))) : 0;
            }
            return p;
        }
        // Scored without building each sentence's feature vector: the vector part is one dot product with the folded
        // weights (multiplied by the description first for the shared model), the few cue features another.
        var (weights, bias) = model.Folded();
        var dimensions = m.Ranked[0].Span.Vector.Length;
        var head = weights.AsSpan(0, dimensions).ToArray();
        var before = weights.AsSpan(dimensions, dimensions).ToArray();
        if (source == SentenceSource.Shared)
        {
            TensorPrimitives.Multiply(head, description!, head);
            TensorPrimitives.Multiply(before, description!, before);
        }
        var tailWeights = weights.AsSpan(2 * dimensions, SentenceFeatures.TailCount);
        var sparseWeights = weights.AsSpan(model.DenseWidth);
        Span<float> tail = stackalloc float[SentenceFeatures.TailCount];
        PassageVectors? lastPassage = null;
        double passagePart = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var s = m.Ranked[i];
            if (!ReferenceEquals(s.Passage, lastPassage))
            {
                lastPassage = s.Passage;
                var turn = context.TurnBefore(s.Passage);
                passagePart = turn.Length == dimensions ? TensorPrimitives.Dot(before, turn) : 0;
            }
            SentenceFeatures.WriteTail(s, context, tail);
            var z = bias + TensorPrimitives.Dot(head, s.Span.Vector) + passagePart + TensorPrimitives.Dot(tailWeights, tail);
            if (model.SparseWidth > 0)
            {
                z += context.Ngrams(s.Passage, s.Span).Dot(sparseWeights);
            }
            p[i] = 1 / (1 + Math.Exp(-z));
        }
        return p;
    }

    /// <summary>A variable's description as one unit vector: the mean of its prototype's describing texts.</summary>
    public static float[] Description(VariablePrototype prototype)
    {
        var mean = VectorMath.Mean(prototype.Positives.ToArray());
        VectorMath.NormalizeInPlace(mean);
        return mean;
    }
}
