using PreCoder.Classification.Calibration;

namespace PreCoder.Classification.Evaluation;

/// <summary>
/// Whether confidence means what it says, on held-out suggestions: a reliability diagram (confidence against the share
/// the coder matched exactly) and the figures of each triage band. Confidence is calibrated across folds: each fold's
/// suggestions are calibrated on the other folds' outcomes, as a saved model's calibration was fitted on earlier ones.
/// </summary>
public sealed record Reliability(IReadOnlyList<ReliabilityBin> Raw, IReadOnlyList<ReliabilityBin> Calibrated, IReadOnlyList<BandFigures> Bands)
{
    private const int Bins = 10;

    /// <param name="foldOf">Each interview's fold.</param>
    public static Reliability Of(IReadOnlyList<PairOutcome> pairs, Func<string, int> foldOf, int folds)
    {
        var calibrated = new (double Confidence, bool Exact)[pairs.Count];
        for (var f = 0; f < folds; f++)
        {
            var others = pairs.Where(p => foldOf(p.InterviewId) != f).Select(p => (p.Confidence, p.Exact)).ToArray();
            var calibrator = others.Length > 0 ? IsotonicCalibrator.Fit(others) : null;
            for (var i = 0; i < pairs.Count; i++)
            {
                if (foldOf(pairs[i].InterviewId) == f)
                {
                    calibrated[i] = (calibrator?.Calibrate(pairs[i].Confidence) ?? pairs[i].Confidence, pairs[i].Exact);
                }
            }
        }
        var bands = new[] { ConfidenceBand.High, ConfidenceBand.Medium, ConfidenceBand.Low }.Select(b =>
        {
            var inBand = calibrated.Where(c => ConfidenceBands.Of(c.Confidence) == b).ToArray();
            return new BandFigures(b.ToString().ToLowerInvariant(), inBand.Length, pairs.Count == 0 ? 0 : inBand.Length / (double)pairs.Count,
                inBand.Length == 0 ? null : inBand.Count(c => c.Exact) / (double)inBand.Length);
        }).ToArray();
        return new Reliability(Diagram(pairs.Select(p => (p.Confidence, p.Exact)).ToArray()), Diagram(calibrated), bands);
    }

    private static IReadOnlyList<ReliabilityBin> Diagram(IReadOnlyList<(double Confidence, bool Exact)> points) =>
        Enumerable.Range(0, Bins).Select(b =>
        {
            var from = b / (double)Bins;
            var to = (b + 1) / (double)Bins;
            var inBin = points.Where(p => p.Confidence >= from && (p.Confidence < to || (b == Bins - 1 && p.Confidence <= to))).ToArray();
            return new ReliabilityBin(from, to, inBin.Length, inBin.Length == 0 ? 0 : inBin.Average(p => p.Confidence), inBin.Length == 0 ? 0 : inBin.Count(p => p.Exact) / (double)inBin.Length);
        }).ToArray();
}
