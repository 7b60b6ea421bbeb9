using PreCoder.Reporting.Reliability;
using Xunit;

namespace PreCoder.Reporting.Tests.Reliability;

public class ConsensusTests
{
    [Theory]
    [InlineData(new[] { 1.0, 1.0 }, 1.0)]
    [InlineData(new[] { 2.0, 2.0, 3.0 }, 2.0)]
    [InlineData(new[] { 3.0, 2.0, 2.0 }, 2.0)]
    public void Of_StrictMajority_ReturnsMajorityScore(double[] scores, double expected) =>
        Assert.Equal(expected, Consensus.Of(scores));

    [Theory]
    [InlineData(new[] { 1.0, 2.0 })]
    [InlineData(new[] { 1.0, double.NaN })]
    [InlineData(new[] { 1.0, 2.0, 3.0 })]
    [InlineData(new[] { double.NaN, double.NaN })]
    public void Of_NoMajorityOrSingleCoder_IsMissing(double[] scores) =>
        Assert.True(double.IsNaN(Consensus.Of(scores)));
}
