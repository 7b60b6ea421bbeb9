using Xunit;

namespace PreCoder.Agreement.Tests.Bootstrap;

public sealed class BinomialSamplerTests
{
    [Theory]
    [InlineData(20, 0.3)]      // inversion (n p < 10)
    [InlineData(200, 0.25)]    // BTRS
    [InlineData(1300, 0.02)]   // inversion, the rare pair types of the alpha bootstrap
    [InlineData(1300, 0.7)]    // BTRS on the complement
    [InlineData(7, 0.97)]      // inversion on the complement
    [InlineData(19, 0.5)]      // inversion at its edge, where the search starts from P(0) = 2^-19
    [InlineData(5000, 0.0015)] // inversion with n far above what it ever reaches
    public void Next_ManyDraws_MatchExactProbabilities(int n, double p)
    {
        const int draws = 200_000;
        var rng = new FastRandom(12345);
        var histogram = new double[n + 1];
        for (var i = 0; i < draws; i++)
        {
            histogram[BinomialSampler.Next(ref rng, n, p)]++;
        }

        // Total variation distance to the exact pmf; sampling noise at 200k draws stays well below 0.01.
        var distance = 0.0;
        for (var k = 0; k <= n; k++)
        {
            distance += Math.Abs((histogram[k] / draws) - Pmf(n, p, k));
        }

        Assert.True(distance / 2 < 0.01, $"TV distance {distance / 2:F4} for Binomial({n}, {p}).");
    }

    [Theory]
    [InlineData(0, 0.5, 0)]
    [InlineData(10, 0, 0)]
    [InlineData(10, 1, 10)]
    [InlineData(10, double.NaN, 0)] // not a probability: no draw may search forever for it
    public void Next_DegenerateParameters_ReturnTheOnlyPossibleValue(long n, double p, long expected)
    {
        var rng = new FastRandom(1);

        Assert.Equal(expected, BinomialSampler.Next(ref rng, n, p));
    }

    private static double Pmf(int n, double p, int k)
    {
        var log = LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k) + (k * Math.Log(p)) + ((n - k) * Math.Log(1 - p));
        return Math.Exp(log);
    }

    private static double LogFactorial(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
