using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Learning;

/// <summary>
/// What a sentence model reads of one sentence (an embedded span): its vector, the vector of the other speaker's turn
/// before it (<see cref="TurnContext"/>), the zero-shot z and the <see cref="SentenceCues"/>. The model shared by
/// variables with few quotes reads both vectors multiplied element-wise by the variable's description vector, so one
/// model learns what "this sentence fits this description" looks like across variables.
/// </summary>
public static class SentenceFeatures
{
    public static int Count(int dimensions) => (2 * dimensions) + TailCount;

    public const int TailCount = 1 + SentenceCues.Count;

    public static float[] Own(ScoredSpan s, SentenceContext context)
    {
        var turnBefore = context.TurnBefore(s.Passage);
        var d = s.Span.Vector.Length;
        var features = new float[Count(d)];
        s.Span.Vector.CopyTo(features, 0);
        turnBefore.AsSpan(0, Math.Min(d, turnBefore.Length)).CopyTo(features.AsSpan(d));
        WriteTail(s, context, features.AsSpan(2 * d));
        return features;
    }

    public static float[] Shared(ScoredSpan s, SentenceContext context, float[] description)
    {
        var turnBefore = context.TurnBefore(s.Passage);
        var d = s.Span.Vector.Length;
        var features = new float[Count(d)];
        System.Numerics.Tensors.TensorPrimitives.Multiply(s.Span.Vector, description, features.AsSpan(0, d));
        if (turnBefore.Length == d)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(turnBefore, description, features.AsSpan(d, d));
        }
        WriteTail(s, context, features.AsSpan(2 * d));
        return features;
    }

    /// <summary>The features after the vectors: the zero-shot z and the cues.</summary>
    public static void WriteTail(ScoredSpan s, SentenceContext context, Span<float> into)
    {
        into[0] = double.IsFinite(s.Z) ? (float)Math.Clamp(s.Z, -10, 30) : -10f;
        context.Cues(s.Passage, s.Span).CopyTo(into[1..]);
    }
}
