using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Icc;

public sealed class IntraclassCorrelationTests
{
    [Theory]
    [InlineData(IccForm.Icc1)]
    [InlineData(IccForm.Icc2)]
    [InlineData(IccForm.Icc3)]
    [InlineData(IccForm.Icc1k)]
    [InlineData(IccForm.Icc2k)]
    [InlineData(IccForm.Icc3k)]
    public void Compute_IdenticalCoders_IsOne(IccForm form)
    {
        Assert.Equal(1, IntraclassCorrelation.Compute(Some.Rows([0, 0, 0], [2, 2, 2], [3, 3, 3], [1, 1, 1]), form).Value, 12);
    }

    [Fact]
    public void Compute_ConstantShiftBetweenCoders_ConsistencyOneAgreementBelowOne()
    {
        // Coder 2 always scores one higher: ICC3 (consistency) ignores it, ICC2 (absolute agreement) does not.
        var m = Some.Rows([0, 1], [1, 2], [2, 3], [1, 2]);

        Assert.Equal(1, IntraclassCorrelation.Compute(m, IccForm.Icc3).Value, 12);
        Assert.True(IntraclassCorrelation.Compute(m, IccForm.Icc2).Value < 1);
    }

    [Fact]
    public void Compute_NoVariation_ValueIsNaN()
    {
        var result = IntraclassCorrelation.Compute(Some.Rows([2, 2], [2, 2], [2, 2]), IccForm.Icc2, new BootstrapOptions(20));

        Assert.True(double.IsNaN(result.Value));
    }

    [Fact]
    public void Compute_IncompleteUnit_IsDropped()
    {
        var complete = Some.Rows([0, 1], [1, 2], [3, 3]);
        var withGap = Some.Rows([0, 1], [1, double.NaN], [1, 2], [3, 3]);

        Assert.Equal(IntraclassCorrelation.Compute(complete, IccForm.Icc1), IntraclassCorrelation.Compute(withGap, IccForm.Icc1));
    }
}
