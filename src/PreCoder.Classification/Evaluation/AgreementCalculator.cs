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
        var evidence = pairs.Where(p => p.EvidenceF1 is not null).ToArray();
        var levels = Enumerable.Range(scaleMin, scaleMax - scaleMin + 1).Select(l => (double)l).ToArray();
        var macro = ScoreAgreement.MacroF1(pairs.Select(p => p.Human).ToArray(), pairs.Select(p => p.Machine).ToArray(), levels);
        return new AgreementFigures(pairs.Count, pairs.Count(p => p.Exact) / (double)pairs.Count, kappa, alpha, precision, recall, f1,
            Mean(evidence.Select(p => p.EvidenceF1)), evidence.Length, macro,
            Mean(evidence.Select(p => p.WholePassageF1)), Mean(evidence.Select(p => p.NearestSentenceF1)));
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        return present.Length > 0 ? present.Average() : null;
    }

    private static double? Defined(double v) => double.IsFinite(v) ? v : null;
}
