using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Multirater;

public sealed class FleissKappaTests
{
    [Fact]
    public void Compute_HandWorkedExample_MatchesScottsPi()
    {
        // Pooled prevalences 2/8, 2/8, 1/8, 3/8 -> p_e = 9/32; p_a = 3/4 -> (3/4 - 9/32) / (1 - 9/32) = 15/23.
        var m = Some.Rows([0, 0], [1, 1], [2, 3], [3, 3]);

        var result = FleissKappa.Compute(m);

        Assert.Equal(15.0 / 23, result.Value, 12);
        Assert.Equal(23.0 / 32, result.ExpectedDisagreement, 12);
    }

    [Fact]
    public void Compute_UnitWithOneRating_CountsForPrevalenceOnly()
    {
        // irrCAC: the lone 3 enters pi_3 but not p_a, so kappa moves while p_a stays 3/4.
        var m = Some.Rows([0, 0], [1, 1], [2, 3], [3, 3], [3, double.NaN]);

        var result = FleissKappa.Compute(m);

        Assert.Equal(0.75, result.ObservedAgreement, 12);
        Assert.Equal(4, result.Units);
        Assert.NotEqual(15.0 / 23, result.Value, 6);
    }

    [Fact]
    public void Compute_EveryoneUsesOneCategory_ValueIsNaN()
    {
        var result = FleissKappa.Compute(Some.Rows([1, 1, 1], [1, 1, 1]), bootstrap: new BootstrapOptions(20));

        Assert.True(double.IsNaN(result.Value));
        Assert.True(double.IsNaN(result.CiLow));
    }

    [Fact]
    public void Compute_CountsFromMatrix_EqualsMatrixResult()
    {
        var m = Some.Likert(40, 5, seed: 11, missing: 0.1);
        var counts = new double[m.Units, 4];
        for (var u = 0; u < m.Units; u++)
        {
            foreach (var v in m.Row(u))
            {
                if (!double.IsNaN(v))
                {
                    counts[u, (int)v]++;
                }
            }
        }

        var fromCounts = FleissKappa.Compute(new CategoryCounts(counts), AgreementWeights.Quadratic);
        var fromMatrix = FleissKappa.Compute(m, AgreementWeights.Quadratic, CategoryScale.Range(0, 3));

        Assert.Equal(fromMatrix.Value, fromCounts.Value, 12);
    }
}
