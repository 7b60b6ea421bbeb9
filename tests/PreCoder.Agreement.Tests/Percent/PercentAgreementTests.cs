using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Percent;

public sealed class PercentAgreementTests
{
    [Fact]
    public void Compute_Tolerance_CountsSpreadUpToTolerance()
    {
        var m = Some.Rows([1, 1, 1], [1, 2, 2], [0, 3, 1], [2, 2, double.NaN]);

        Assert.Equal(1.0 / 3, PercentAgreement.Compute(m).Value, 12);
        Assert.Equal(2.0 / 3, PercentAgreement.Compute(m, tolerance: 1).Value, 12);
        Assert.Equal(3, PercentAgreement.Compute(m).Units);
    }

    [Fact]
    public void Compute_NoCompleteUnit_ValueIsNaN()
    {
        Assert.True(double.IsNaN(PercentAgreement.Compute(Some.Rows([1, double.NaN])).Value));
    }

    [Fact]
    public void Compute_NegativeTolerance_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentAgreement.Compute(Some.Rows([1, 1]), -1));
    }
}
