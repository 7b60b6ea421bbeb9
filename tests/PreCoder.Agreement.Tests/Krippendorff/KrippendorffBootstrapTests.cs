using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Krippendorff;

public sealed class KrippendorffBootstrapTests
{
    [Fact]
    public void Compute_MultinomialBootstrap_MatchesPairByPairSimulation()
    {
        // The library draws pair-type counts as multinomials; Hayes and Krippendorff draw every pair. Same distribution,
        // so the percentile bounds of a plain pair-by-pair simulation here must agree up to Monte Carlo noise.
        var m = Some.Likert(150, 4, seed: 17, noise: 0.25, missing: 0.08);
        const int resamples = 5000;

        var fast = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, new BootstrapOptions(resamples, Seed: 3));
        var (low, high) = PairByPair(m, resamples, new Random(4));

        Assert.Equal(low, fast.CiLow, 0.01);
        Assert.Equal(high, fast.CiHigh, 0.01);
    }

    private static (double Low, double High) PairByPair(RatingMatrix m, int resamples, Random random)
    {
        var point = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal);
        var scale = CategoryScale.Observed(m);
        var tallies = CategoricalTallies.FromMatrix(m, scale);
        var c = new Coincidences(tallies, MeasurementLevel.Ordinal);
        var q = c.Categories;

        // All ordered cells (c, k) with probability o_ck / n.. - the same distribution as unordered pairs.
        var cumulative = new double[q * q];
        var running = 0.0;
        for (var i = 0; i < cumulative.Length; i++)
        {
            running += c.Matrix[i] / c.Pairable;
            cumulative[i] = running;
        }

        var sizes = Enumerable.Range(0, m.Units).Select(u => (int)tallies.Totals[u]).Where(s => s >= 2).ToArray();
        var replicates = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            var observed = 0.0;
            foreach (var size in sizes)
            {
                var pairs = size * (size - 1) / 2;
                for (var j = 0; j < pairs; j++)
                {
                    var cell = Array.BinarySearch(cumulative, random.NextDouble() * running);
                    cell = cell < 0 ? ~cell : cell;
                    observed += 2.0 / ((size - 1) * c.Pairable) * c.Delta[Math.Min(cell, cumulative.Length - 1)];
                }
            }

            replicates[b] = 1 - (observed / point.ExpectedDisagreement);
        }

        Array.Sort(replicates);
        return (Quantile(replicates, 0.025), Quantile(replicates, 0.975));
    }

    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return sorted[lo] + ((h - lo) * (sorted[Math.Min(lo + 1, sorted.Length - 1)] - sorted[lo]));
    }
}
