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
    /// The span's similarity to the closest describing text, less how much closer it is to the exclusion note than to
    /// that text (a span that reads more like an exclusion than like the variable is pushed down).
    /// </summary>
    public double Similarity(ReadOnlySpan<float> span)
    {
        var best = double.NegativeInfinity;
        foreach (var p in Positives)
        {
            best = Math.Max(best, VectorMath.Dot(span, p));
        }
        if (Negative is null)
        {
            return best;
        }
        var negative = VectorMath.Dot(span, Negative);
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
}
