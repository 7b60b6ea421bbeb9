using PreCoder.Agreement;

namespace PreCoder.Classification.Evaluation;

/// <summary>Computes <see cref="AgreementFigures"/> from held-out pairs with the PreCoder.Agreement statistics.</summary>
public static class AgreementCalculator
{
    public static AgreementFigures Compute(IReadOnlyList<PairOutcome> pairs, int scaleMin, int scaleMax)
    {
        if (pairs.Count == 0)
        {
            return new AgreementFigures(0, double.NaN, null, null, null, null, null, null, 0);
        }
        var matrix = RatingMatrix.FromRows(pairs.Select(p => new[] { p.Human, p.Machine }).ToArray());
        var kappa = Defined(CohenKappa.Compute(matrix, 0, 1, AgreementWeights.Quadratic, CategoryScale.Range(scaleMin, scaleMax)).Value);
        var alpha = Defined(KrippendorffAlpha.Compute(matrix, MeasurementLevel.Ordinal).Value);
        var tp = pairs.Count(p => p.Human > 0 && p.Machine > 0);
        var fp = pairs.Count(p => p.Human == 0 && p.Machine > 0);
        var fn = pairs.Count(p => p.Human > 0 && p.Machine == 0);
        double? precision = tp + fp > 0 ? tp / (double)(tp + fp) : null;
        double? recall = tp + fn > 0 ? tp / (double)(tp + fn) : null;
        double? f1 = precision is { } pr && recall is { } re && pr + re > 0 ? 2 * pr * re / (pr + re) : (tp + fp + fn > 0 ? 0 : null);
        var evidence = pairs.Where(p => p.EvidenceF1 is not null).Select(p => p.EvidenceF1!.Value).ToArray();
        return new AgreementFigures(pairs.Count, pairs.Count(p => p.Exact) / (double)pairs.Count, kappa, alpha, precision, recall, f1,
            evidence.Length > 0 ? evidence.Average() : null, evidence.Length);
    }

    private static double? Defined(double v) => double.IsFinite(v) ? v : null;
}
