using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Multirater;

public sealed class BrennanPredigerTests
{
    [Fact]
    public void Compute_HandWorkedExample_UsesUniformChance()
    {
        // p_a = 3/4, p_e = 1/q = 1/4 -> 2/3.
        var result = BrennanPrediger.Compute(Some.Rows([0, 0], [1, 1], [2, 3], [3, 3]), categories: CategoryScale.Range(0, 3));

        Assert.Equal(2.0 / 3, result.Value, 12);
        Assert.Equal(0.75, result.ExpectedDisagreement, 12);
    }

    [Fact]
    public void Compute_QuadraticWeights_ChanceIsMeanWeight()
    {
        // Quadratic weights on 0..3 sum to 10 + 4 * 8/9 + 2 * 5/9 + 0... = 10.0 over 16 cells -> p_e = sum(w) / 16.
        var weights = new[] { 1, 8.0 / 9, 5.0 / 9, 0 };
        var sum = Enumerable.Range(0, 4).SelectMany(k => Enumerable.Range(0, 4).Select(l => weights[Math.Abs(k - l)])).Sum();

        var result = BrennanPrediger.Compute(Some.Rows([0, 0], [1, 2], [3, 3]), AgreementWeights.Quadratic, CategoryScale.Range(0, 3));

        Assert.Equal(1 - (sum / 16), result.ExpectedDisagreement, 12);
    }
}
