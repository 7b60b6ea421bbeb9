using PreCoder.Classification.Calibration;

namespace PreCoder.Classification.Tests.Calibration;

public class IsotonicCalibratorTests
{
    [Fact]
    public void Fit_NoisyPoints_IsNonDecreasingAndMatchesKeepRates()
    {
        var points = new List<(double, bool)>();
        var random = new Random(1);
        for (var i = 0; i < 500; i++)
        {
            var raw = random.NextDouble();
            points.Add((raw, random.NextDouble() < raw * raw));
        }

        var sut = IsotonicCalibrator.Fit(points);

        var curve = Enumerable.Range(0, 101).Select(i => sut.Calibrate(i / 100.0)).ToArray();
        Assert.All(curve.Zip(curve.Skip(1)), p => Assert.True(p.Second >= p.First));
        Assert.InRange(sut.Calibrate(0.05), 0, 0.15);
        Assert.InRange(sut.Calibrate(0.9), 0.6, 1);
    }

    [Theory]
    [InlineData(0.95, ConfidenceBand.High)]
    [InlineData(0.6, ConfidenceBand.Medium)]
    [InlineData(0.2, ConfidenceBand.Low)]
    public void Of_Confidence_GivesBand(double confidence, ConfidenceBand expected) => Assert.Equal(expected, ConfidenceBands.Of(confidence));
}
