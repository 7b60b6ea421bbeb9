using PreCoder.Classification.Embeddings;
using PreCoder.Core.Codebooks;

namespace PreCoder.Classification.PassageLevel;

/// <summary>
/// Proposes one category of a nominal passage-level variable for every passage of the variable's speaker role. In
/// dialogue what a turn means depends on what came before it, so each passage is read together with the turn before it
/// (weighted by <see cref="ContextWeight"/>): an answer "yes, a lot" is about whatever the question asked.
/// </summary>
public sealed class NominalPassageTagger
{
    /// <summary>Weight of the previous passage in the context vector. The default value is 0.5.</summary>
    public const double ContextWeight = 0.5;

    private readonly float[][] _categories;

    private NominalPassageTagger(Variable variable, float[][] categories)
    {
        Variable = variable;
        _categories = categories;
    }

    public Variable Variable { get; }

    public static bool Applies(Variable v) => v.Unit == CodingUnit.Passage && v.Scale.Kind == ScaleKind.Nominal && v.Scale.Categories.Count > 1;

    /// <summary>Embeds one description per category: the variable, the category label and its anchor text if any.</summary>
    public static NominalPassageTagger Build(Variable v, IPassageEncoder encoder, CancellationToken cancellationToken)
    {
        var texts = v.Scale.Categories.Select((c, i) =>
        {
            var label = c.Replace('_', ' ');
            var anchor = v.Scale.Anchors.TryGetValue(i, out var a) ? $": {a}" : "";
            return $"{v.Name} - {label}{anchor}";
        }).ToArray();
        return new NominalPassageTagger(v, encoder.EncodeTexts(texts, cancellationToken));
    }

    /// <summary>For the passage at <paramref name="index"/>: the category, a confidence (softmax share of the best category) and its best span.</summary>
    public (int Category, double Confidence, EmbeddedSpan? Span) Tag(IReadOnlyList<PassageVectors> passages, int index)
    {
        var p = passages[index];
        if (p.Mean.Length == 0)
        {
            return (-1, 0, null);
        }
        var context = index > 0 && passages[index - 1].Mean.Length > 0
            ? VectorMath.Mean([p.Mean, passages[index - 1].Mean], [1.0, ContextWeight])
            : p.Mean;
        var sims = _categories.Select(c => (double)VectorMath.Dot(context, c)).ToArray();
        var best = Array.IndexOf(sims, sims.Max());
        // Softmax over similarities standardised across the categories, so the encoder's range does not matter.
        var mean = sims.Average();
        var sd = Math.Sqrt(sims.Sum(s => (s - mean) * (s - mean)) / sims.Length);
        var exps = sims.Select(s => Math.Exp(sd > 1e-9 ? (s - mean) / sd : 0)).ToArray();
        var confidence = exps[best] / exps.Sum();
        var span = p.Spans.MaxBy(s => VectorMath.Dot(s.Vector, _categories[best]));
        return (best, confidence, span);
    }
}
