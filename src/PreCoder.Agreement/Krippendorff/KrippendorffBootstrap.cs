namespace PreCoder.Agreement;

/// <summary>
/// Krippendorff's bootstrap for alpha (Hayes and Krippendorff 2007, KALPHA): D_e is held fixed; each resample
/// redraws every pairable pair of every unit from the observed distribution of pairs (o_ck / n..), weighting a pair
/// from a unit with m values by 2 / ((m - 1) n..), and gives alpha* = 1 - D_o* / D_e.
/// The pairs of a resample only matter through how many fall in each pair type, so each group of units with the
/// same m draws those counts as one multinomial (a chain of exact binomials): the same distribution as drawing
/// pair by pair, at a cost independent of the number of units, with no allocation per resample.
/// </summary>
internal static class KrippendorffBootstrap
{
    public static AgreementResult Run(AgreementResult point, CoincidenceTally tally, Coincidences coincidences, BootstrapOptions options)
    {
        var expected = coincidences.ExpectedDisagreement;
        if (!(expected > 0))
        {
            return point with { ConfidenceLevel = options.ConfidenceLevel };
        }

        // Pairs per unit-size group: draws_m = units_m * m (m - 1) / 2, each worth 2 / ((m - 1) n..).
        var groups = tally.PairsBySize;
        var draws = groups.Values.ToArray();
        var factors = groups.Keys.Select(m => 2.0 / ((m - 1) * coincidences.Pairable)).ToArray();

        // Disagreeing pair types c < k with probability 2 o_ck / n..; agreeing pairs (delta 0) take the rest. The
        // types are split off rarest first, so the commonest one - which takes whatever is left - costs no draw and
        // the others are small, cheap ones.
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

        // A stable sort: types equally likely keep their order, so a seed always gives the same draws.
        var ordered = types.OrderBy(t => t.P).ToArray();
        var probabilities = ordered.Select(t => t.P).ToList();
        var typeDelta = ordered.Select(t => t.Delta).ToArray();
        var disagreeing = probabilities.Sum();
        var anyDisagreement = new BinomialProbability(Math.Min(disagreeing, 1));
        var typeGivenRest = ConditionalProbabilities(probabilities, disagreeing);

        var rng = new FastRandom(options.Seed);
        var replicates = new double[options.Resamples];
        for (var b = 0; b < replicates.Length; b++)
        {
            var observed = 0.0;
            for (var g = 0; g < draws.Length; g++)
            {
                observed += factors[g] * SumDeltas(ref rng, draws[g], anyDisagreement, typeGivenRest, typeDelta);
            }

            replicates[b] = 1 - (observed / expected);
        }

        return PercentileInterval.Attach(point, replicates, options.ConfidenceLevel);
    }

    // P(type j | this type or a later one) for each disagreeing type.
    private static BinomialProbability[] ConditionalProbabilities(List<double> p, double disagreeing)
    {
        var conditional = new BinomialProbability[p.Count];
        var mass = disagreeing;
        for (var j = 0; j < p.Count; j++)
        {
            conditional[j] = new BinomialProbability(Math.Min(p[j] / mass, 1));
            mass -= p[j];
        }

        return conditional;
    }

    // Multinomial split of `count` pairs: first how many disagree at all, then, type by type, how many of the
    // remaining disagreeing pairs fall in this type given they fall in this or a later one.
    private static double SumDeltas(ref FastRandom rng, long count, in BinomialProbability anyDisagreement, BinomialProbability[] typeGivenRest, double[] delta)
    {
        var remaining = BinomialSampler.Next(ref rng, count, anyDisagreement);
        var sum = 0.0;
        var last = typeGivenRest.Length - 1;
        for (var j = 0; j <= last && remaining > 0; j++)
        {
            var x = j == last ? remaining : BinomialSampler.Next(ref rng, remaining, typeGivenRest[j]);
            sum += x * delta[j];
            remaining -= x;
        }

        return sum;
    }
}
