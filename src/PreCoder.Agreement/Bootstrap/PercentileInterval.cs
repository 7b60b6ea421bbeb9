namespace PreCoder.Agreement;

/// <summary>Percentile confidence bounds from bootstrap replicates.</summary>
internal static class PercentileInterval
{
    /// <summary>
    /// Sorts the finite replicates in place (NaN ones are dropped) and attaches the two-sided percentile
    /// bounds (R's quantile type 7) to <paramref name="point"/>; the bounds stay NaN when no replicate is finite.
    /// </summary>
    public static AgreementResult Attach(AgreementResult point, Span<double> replicates, double level)
    {
        var finite = 0;
        for (var i = 0; i < replicates.Length; i++)
        {
            if (!double.IsNaN(replicates[i]))
            {
                replicates[finite++] = replicates[i];
            }
        }

        var kept = replicates[..finite];
        kept.Sort();
        var tail = (1 - level) / 2;
        return point with
        {
            CiLow = Quantile(kept, tail),
            CiHigh = Quantile(kept, 1 - tail),
            ConfidenceLevel = level,
            BootstrapResamples = finite,
        };
    }

    private static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
