using PreCoder.Classification.Embeddings;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Trained;

/// <summary>
/// The features of one (interview, variable) pair: the zero-shot reading (how far the best span rises, how often and
/// how it is said), how close the interview comes to the evidence the coder cited for the variable elsewhere, and the
/// coder's base rate for the variable.
/// </summary>
public static class PairFeatures
{
    public const int Count = 16;

    public static IReadOnlyList<string> Names { get; } =
    [
        "best_z", "best_z_over_bar", "mentions", "strong", "given_as_reason", "tied_to_decision", "zero_shot_level", "best_z_any_variable",
        "evidence_best_z", "evidence_spans_over_bar", "has_evidence_model", "prior_mean", "prior_present_rate", "scale_max", "evidence_best_has_reason", "spans",
    ];

    public static float[] Compute(VariableMentions m, EvidenceCentroid? centroid, VariablePrior? prior, ZeroShotOptions options)
    {
        var (level, _) = ImportanceRules.Decide(m, options);
        var evidenceBest = double.NegativeInfinity;
        var evidenceOver = 0;
        var evidenceReason = false;
        if (centroid is not null)
        {
            foreach (var s in m.Ranked)
            {
                var z = centroid.Z(VectorMath.Dot(s.Span.Vector, centroid.Vector));
                if (z > evidenceBest)
                {
                    evidenceBest = z;
                    evidenceReason = CueWords.HasReason(s.Text);
                }
                if (z >= m.Bar)
                {
                    evidenceOver++;
                }
            }
        }
        return
        [
            Clamp(m.BestZ), Clamp(m.BestZ - m.Bar), m.Mentions.Count, m.Strong ? 1 : 0, m.ReasonSpan is null ? 0 : 1, m.TiedToDecision ? 1 : 0, level,
            Clamp(m.Ranked.Count > 0 ? m.Ranked[0].Z : double.NegativeInfinity),
            centroid is null ? 0 : Clamp(evidenceBest), evidenceOver, centroid is null ? 0 : 1,
            (float)(prior?.Mean ?? 0), (float)(prior?.PresentRate ?? 0), (float)(m.Variable.Scale.Max ?? 1), evidenceReason ? 1 : 0, m.Ranked.Count,
        ];
    }

    private static float Clamp(double z) => double.IsFinite(z) ? (float)Math.Clamp(z, -10, 30) : -10f;
}
