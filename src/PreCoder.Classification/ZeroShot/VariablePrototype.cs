using System.Runtime.CompilerServices;
using PreCoder.Classification.Embeddings;
using PreCoder.Core.Codebooks;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// What a variable "sounds like" to the encoder: one vector per codebook text that describes it (the definition with the
/// variable's name, the inclusion note, each indicator phrase), and the exclusion note as a counter-example.
/// </summary>
public sealed record VariablePrototype(Variable Variable, IReadOnlyList<float[]> Positives, float[]? Negative)
{
    /// <summary>
    /// The positives, then the exclusion note, stored one after another once per codebook, so that one span is compared
    /// with all of them in passes over its vector (<see cref="VectorMath.DotEach"/>). Zero rows pad the stack to whole
    /// passes: a padded row costs less than a row multiplied on its own, and its product is never read.
    /// </summary>
    private readonly float[] _stacked = Stack(Positives, Negative);

    private int StackedRows => RoundUpToPasses(Positives.Count + (Negative is null ? 0 : 1));

    /// <summary>
    /// The span's similarity to the closest describing text, less how much closer it is to the exclusion note than to
    /// that text (a span that reads more like an exclusion than like the variable is pushed down).
    /// </summary>
    // Optimised at first call: it runs for every span and variable, from the first interview of a process on.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Similarity(ReadOnlySpan<float> span)
    {
        Span<float> dots = stackalloc float[StackedRows];
        VectorMath.DotEach(span, _stacked, dots);
        var best = double.NegativeInfinity;
        for (var i = 0; i < Positives.Count; i++)
        {
            best = Math.Max(best, dots[i]);
        }
        if (Negative is null)
        {
            return best;
        }
        double negative = dots[Positives.Count];
        return best - Math.Max(0, negative - best);
    }

    /// <summary>The texts the prototype embeds, in the order of <see cref="Positives"/>, then the exclusion note if any.</summary>
    public static (IReadOnlyList<string> Positives, string? Negative) Texts(Variable v)
    {
        var positives = new List<string> { string.IsNullOrWhiteSpace(v.Definition) ? v.Name : $"{v.Name}: {v.Definition.Trim()}" };
        if (!string.IsNullOrWhiteSpace(v.Inclusion))
        {
            positives.Add(v.Inclusion.Trim());
        }
        positives.AddRange(v.Indicators.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()));
        return (positives, string.IsNullOrWhiteSpace(v.Exclusion) ? null : v.Exclusion.Trim());
    }

    private static float[] Stack(IReadOnlyList<float[]> positives, float[]? negative)
    {
        var vectors = negative is null ? positives : [.. positives, negative];
        var width = vectors.Count > 0 ? vectors[0].Length : 0;
        var stacked = new float[RoundUpToPasses(vectors.Count) * width];
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Length != width)
            {
                throw new ArgumentException($"the prototype of every text must have {width} dimensions, one has {vectors[i].Length}");
            }
            vectors[i].CopyTo(stacked, i * width);
        }
        return stacked;
    }

    private static int RoundUpToPasses(int rows) => (rows + VectorMath.RowsPerPass - 1) / VectorMath.RowsPerPass * VectorMath.RowsPerPass;
}
