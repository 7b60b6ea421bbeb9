namespace PreCoder.Agreement;

/// <summary>
/// Krippendorff's bootstrap for alpha (Hayes and Krippendorff 2007, KALPHA): D_e is held fixed; each resample
/// redraws every pairable pair of every unit from the observed distribution of pairs (o_ck / n..), weighting a pair
/// from a unit with m values by 2 / ((m - 1) n..), and gives alpha* = 1 - D_o* / D_e.
/// Units are grouped by m, so a resample is one tight loop of draws per group with no allocation.
/// </summary>
internal static class KrippendorffBootstrap
{
    public static AgreementResult Run(AgreementResult point, CategoricalTallies tallies, Coincidences coincidences, BootstrapOptions options)
    {
        var expected = coincidences.ExpectedDisagreement;
        if (!(expected > 0))
        {
            return point with { ConfidenceLevel = options.ConfidenceLevel };
        }

        // Pairs per unit-size group: draws_m = units_m * m (m - 1) / 2, each worth 2 / ((m - 1) n..).
        var groups = new SortedDictionary<int, long>();
        for (var i = 0; i < tallies.Units; i++)
        {
            var m = (int)Math.Round(tallies.Totals[i]);
            var f = (long)Math.Round(tallies.Multiplicity[i]);
            if (m >= 2 && f > 0)
            {
                groups[m] = groups.GetValueOrDefault(m) + (f * m * (m - 1) / 2);
            }
        }

        var draws = groups.Values.ToArray();
        var factors = groups.Keys.Select(m => 2.0 / ((m - 1) * coincidences.Pairable)).ToArray();

        // Unordered pair types c < k with probability 2 o_ck / n..; agreeing pairs (delta 0) are the remainder.
        // Thresholds are on a 2^32 scale so one 64-bit draw yields two pairs.
        var q = coincidences.Categories;
        var types = new List<(double P, double Delta)>();
        for (var c = 0; c < q; c++)
        {
            for (var k = c + 1; k < q; k++)
            {
                var p = 2 * coincidences.Matrix[(c * q) + k] / coincidences.Pairable;
                var d = coincidences.Delta[(c * q) + k];
                if (p > 0 && d > 0)
                {
                    types.Add((p, d));
                }
            }
        }

        types.Sort((a, b) => b.P.CompareTo(a.P));
        var disagreeing = types.Sum(t => t.P);
        var thresholds = new ulong[types.Count + 1];
        var deltas = new double[types.Count + 1];
        var cumulative = 1 - disagreeing;
        for (var j = 0; j < types.Count; j++)
        {
            thresholds[j] = (ulong)Math.Min(cumulative * 4294967296.0, 4294967296.0);
            deltas[j] = types[j].Delta;
            cumulative += types[j].P;
        }

        thresholds[types.Count] = ulong.MaxValue; // sentinel: draws at the rounding edge fall into the last type
        deltas[types.Count] = types.Count > 0 ? types[^1].Delta : 0;

        var rng = new FastRandom(options.Seed);
        var replicates = new double[options.Resamples];
        for (var b = 0; b < replicates.Length; b++)
        {
            var observed = 0.0;
            for (var g = 0; g < draws.Length; g++)
            {
                observed += factors[g] * SumDeltas(ref rng, draws[g], thresholds, deltas);
            }

            replicates[b] = 1 - (observed / expected);
        }

        return PercentileInterval.Attach(point, replicates, options.ConfidenceLevel);
    }

    private static double SumDeltas(ref FastRandom rng, long count, ulong[] thresholds, double[] deltas)
    {
        var zero = thresholds[0];
        var sum = 0.0;
        var i = 0L;
        for (; i + 1 < count; i += 2)
        {
            var x = rng.NextUInt64();
            sum += Lookup(x & 0xFFFFFFFFUL, zero, thresholds, deltas) + Lookup(x >> 32, zero, thresholds, deltas);
        }

        if (i < count)
        {
            sum += Lookup(rng.NextUInt64() >> 32, zero, thresholds, deltas);
        }

        return sum;
    }

    private static double Lookup(ulong u, ulong zero, ulong[] thresholds, double[] deltas)
    {
        if (u < zero)
        {
            return 0;
        }

        var j = 1;
        while (u >= thresholds[j])
        {
            j++;
        }

        return deltas[j - 1];
    }
}
