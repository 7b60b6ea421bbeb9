using PreCoder.Reporting.Reliability;
using Xunit;

namespace PreCoder.Reporting.Tests.Reliability;

public class AgreementFlagTests
{
    [Theory]
    [InlineData(0.5, "<0.667")]
    [InlineData(0.6669, "<0.667")]
    [InlineData(0.667, "<0.80")]
    [InlineData(0.79, "<0.80")]
    [InlineData(0.80, "")]
    [InlineData(double.NaN, "")]
    public void For_Value_GivesKrippendorffThreshold(double value, string expected) =>
        Assert.Equal(expected, AgreementFlag.For(value));
}
