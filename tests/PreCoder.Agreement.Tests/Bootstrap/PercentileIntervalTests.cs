using Xunit;

namespace PreCoder.Agreement.Tests.Bootstrap;

public sealed class PercentileIntervalTests
{
    [Fact]
    public void Attach_FiveReplicatesAtFiftyPercent_UsesTypeSevenQuantiles()
    {
        // Type 7: h = (n - 1) p = 4 x 0.25 = 1 -> 2nd value; 4 x 0.75 = 3 -> 4th value.
        double[] replicates = [5, 1, 4, 2, 3];

        var result = PercentileInterval.Attach(AgreementResult.Plain(3, 1, 2), replicates, 0.5);

        Assert.Equal(2, result.CiLow);
        Assert.Equal(4, result.CiHigh);
        Assert.Equal(5, result.BootstrapResamples);
    }

    [Fact]
    public void Attach_NaNReplicates_AreLeftOutAndCounted()
    {
        double[] replicates = [double.NaN, 1, 3, double.NaN];

        var result = PercentileInterval.Attach(AgreementResult.Plain(2, 1, 2), replicates, 0.95);

        Assert.Equal(2, result.BootstrapResamples);
        Assert.InRange(result.CiLow, 1, 3);
        Assert.InRange(result.CiHigh, 1, 3);
    }

    [Fact]
    public void Attach_OnlyNaNReplicates_BoundsAreNaN()
    {
        var result = PercentileInterval.Attach(AgreementResult.Plain(2, 1, 2), new[] { double.NaN }, 0.95);

        Assert.True(double.IsNaN(result.CiLow) && double.IsNaN(result.CiHigh));
        Assert.Equal(0, result.BootstrapResamples);
    }
}
