namespace PreCoder.Classification.Calibration;

/// <summary>
/// Isotonic regression (pool adjacent violators) of "the coder kept the score" on raw confidence, fitted on held-out
/// suggestions: the calibrated value never decreases with raw confidence and matches the observed keep rate per block.
/// Between block edges it interpolates linearly.
/// </summary>
public sealed class IsotonicCalibrator : IConfidenceCalibrator
{
    public IsotonicCalibrator(IReadOnlyList<double> raw, IReadOnlyList<double> calibrated)
    {
        if (raw.Count != calibrated.Count || raw.Count == 0)
        {
            throw new ArgumentException("an isotonic calibrator needs the same number (at least one) of raw and calibrated points");
        }
        Raw = raw;
        Calibrated = calibrated;
    }

    /// <summary>Block centres in raw confidence, ascending.</summary>
    public IReadOnlyList<double> Raw { get; }

    /// <summary>The observed keep rate of each block, non-decreasing.</summary>
    public IReadOnlyList<double> Calibrated { get; }

    public static IsotonicCalibrator Fit(IReadOnlyList<(double Raw, bool Kept)> points)
    {
        if (points.Count == 0)
        {
            throw new ArgumentException("no points to calibrate on", nameof(points));
        }
        var sorted = points.OrderBy(p => p.Raw).ToArray();
        var blocks = new List<(double SumRaw, double SumKept, int N)>();
        foreach (var (raw, kept) in sorted)
        {
            blocks.Add((raw, kept ? 1 : 0, 1));
            while (blocks.Count > 1 && blocks[^2].SumKept / blocks[^2].N > blocks[^1].SumKept / blocks[^1].N)
            {
                var b = blocks[^1];
                var a = blocks[^2];
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (a.SumRaw + b.SumRaw, a.SumKept + b.SumKept, a.N + b.N);
            }
        }
        return new IsotonicCalibrator(blocks.Select(b => b.SumRaw / b.N).ToArray(), blocks.Select(b => b.SumKept / b.N).ToArray());
    }

    public double Calibrate(double raw)
    {
        if (raw <= Raw[0])
        {
            return Calibrated[0];
        }
        if (raw >= Raw[^1])
        {
            return Calibrated[^1];
        }
        var i = 1;
        while (Raw[i] < raw)
        {
            i++;
        }
        var t = (raw - Raw[i - 1]) / (Raw[i] - Raw[i - 1]);
        return Calibrated[i - 1] + (t * (Calibrated[i] - Calibrated[i - 1]));
    }
}
