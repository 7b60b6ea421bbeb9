using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Multirater;

public sealed class GwetAcTests
{
    [Fact]
    public void Compute_HandWorkedExample_MatchesAc1Formula()
    {
        // pi = 1/4, 1/4, 1/8, 3/8; sum pi (1 - pi) = 23/32; q = 4 -> p_e = 23/96; p_a = 3/4.
        var m = Some.Rows([0, 0], [1, 1], [2, 3], [3, 3]);
        const double pe = 23.0 / 96;

        var result = GwetAc.Compute(m, categories: CategoryScale.Range(0, 3));

        Assert.Equal((0.75 - pe) / (1 - pe), result.Value, 12);
    }

    [Fact]
    public void Compute_DeclaredScaleWiderThanObserved_ChangesValue()
    {
        // AC1 depends on q: declaring the unused category 4 lowers chance agreement.
        var m = Some.Rows([0, 0], [1, 1], [2, 3], [3, 3]);

        var observed = GwetAc.Compute(m);
        var declared = GwetAc.Compute(m, categories: CategoryScale.Range(0, 4));

        Assert.True(declared.ExpectedDisagreement > observed.ExpectedDisagreement);
    }

    [Fact]
    public void Compute_SingleCategory_ValueIsNaN()
    {
        Assert.True(double.IsNaN(GwetAc.Compute(Some.Rows([2, 2], [2, 2])).Value));
    }
}
