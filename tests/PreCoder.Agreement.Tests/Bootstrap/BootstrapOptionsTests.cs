using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Bootstrap;

public sealed class BootstrapOptionsTests
{
    [Theory]
    [InlineData(1, 0.95)]
    [InlineData(100, 1.0)]
    [InlineData(100, 0.0)]
    [InlineData(100, double.NaN)]
    public void Compute_InvalidOptions_ThrowBeforeAnyWork(int resamples, double level)
    {
        var options = new BootstrapOptions(resamples, 1, level);
        var m = Some.Likert(20, 3, seed: 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => FleissKappa.Compute(m, bootstrap: options));
    }

    [Fact]
    public void FastRandom_SameSeed_SameSequence()
    {
        var a = new FastRandom(99);
        var b = new FastRandom(99);

        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }
    }

    [Fact]
    public void FastRandom_NextInt_StaysInRangeAndCoversIt()
    {
        var rng = new FastRandom(3);
        var seen = new int[7];

        for (var i = 0; i < 7000; i++)
        {
            seen[rng.NextInt(7)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 800, 1200));
    }
}
