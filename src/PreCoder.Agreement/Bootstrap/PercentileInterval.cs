namespace PreCoder.Agreement;

/// <summary>Percentile confidence bounds from bootstrap replicates.</summary>
internal static class PercentileInterval
{
    /// <summary>
    /// Reorders the finite replicates in place (NaN ones are dropped) and attaches the two-sided percentile
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
        var tail = (1 - level) / 2;
        return point with
        {
            CiLow = Quantile(kept, tail),
            CiHigh = Quantile(kept, 1 - tail),
            ConfidenceLevel = level,
            BootstrapResamples = finite,
        };
    }

    // Only the two order statistics either side of h are needed, so they are selected rather than the whole array
    // sorted (a report bootstraps thousands of coefficients): the same values, hence the same bounds, in linear time.
    private static double Quantile(Span<double> values, double p)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var h = (values.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var below = Select(values, lo);
        if (lo + 1 >= values.Length)
        {
            return below + ((h - lo) * (below - below));
        }

        // After selection everything right of lo is at least values[lo]; its minimum is the next order statistic.
        var above = values[lo + 1];
        foreach (var v in values[(lo + 2)..])
        {
            above = Math.Min(above, v);
        }

        return below + ((h - lo) * (above - below));
    }

    // Hoare's selection with a middle pivot: leaves the k-th smallest at k, smaller ones left of it, larger right.
    private static double Select(Span<double> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = values[left + ((right - left) / 2)];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return values[k];
    }
}
