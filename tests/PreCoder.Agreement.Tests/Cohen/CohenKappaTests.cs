using CsCheck;
using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Cohen;

public sealed class CohenKappaTests
{
    [Fact]
    public void Compute_HandWorkedExample_MatchesTextbookFormula()
    {
        // p_o = 3/4; coder A marginals 1/4 each, coder B 1/4, 1/4, 0, 1/2 -> p_e = 1/4, kappa = (3/4 - 1/4) / (3/4).
        var m = Some.Rows([0, 0], [1, 1], [2, 3], [3, 3]);

        var result = CohenKappa.Compute(m, 0, 1);

        Assert.Equal(2.0 / 3, result.Value, 12);
        Assert.Equal(0.25, result.ObservedDisagreement, 12);
        Assert.Equal(0.75, result.ExpectedDisagreement, 12);
        Assert.Equal(4, result.Units);
        Assert.Equal(8, result.PairableValues);
    }

    [Fact]
    public void Compute_UnitMissingEitherScore_IsDroppedListwise()
    {
        var complete = Some.Rows([0, 0], [1, 1], [2, 3], [3, 3]);
        var withGaps = Some.Rows([0, 0], [1, 1], [2, double.NaN], [2, 3], [double.NaN, 1], [3, 3]);

        Assert.Equal(CohenKappa.Compute(complete, 0, 1), CohenKappa.Compute(withGaps, 0, 1));
    }

    [Fact]
    public void Compute_BothCodersUseOneCategory_ValueIsNaN()
    {
        var result = CohenKappa.Compute(Some.Rows([2, 2], [2, 2], [2, 2]), 0, 1, bootstrap: new BootstrapOptions(50));

        Assert.True(double.IsNaN(result.Value));
        Assert.Equal(0, result.ExpectedDisagreement);
    }

    [Fact]
    public void Compute_MatrixAndEquivalentTable_Agree()
    {
        var m = Some.Rows([1, 1], [1, 2], [2, 2], [3, 3], [3, 1], [2, 2]);
        var table = new ContingencyTable(new double[,] { { 1, 1, 0 }, { 0, 2, 0 }, { 1, 0, 1 } });

        Assert.Equal(CohenKappa.Compute(table, AgreementWeights.Quadratic).Value, CohenKappa.Compute(m, 0, 1, AgreementWeights.Quadratic).Value, 12);
    }

    [Theory]
    [InlineData("unweighted")]
    [InlineData("linear")]
    [InlineData("quadratic")]
    public void Compute_CodersSwapped_ValueUnchanged(string scheme)
    {
        var weights = scheme switch { "linear" => AgreementWeights.Linear, "quadratic" => AgreementWeights.Quadratic, _ => AgreementWeights.Unweighted };
        Some.LikertMatrix.Sample(m =>
            Some.Same(CohenKappa.Compute(m, 0, 1, weights).Value, CohenKappa.Compute(m, 1, 0, weights).Value),
            iter: 200);
    }

    [Fact]
    public void Compute_DeclaredScale_ChangesNamedWeightsOnly()
    {
        // Coders never use 2: observed positions of 0, 1, 3 are 0, 1, 2; on the declared 0-3 scale 3 sits at position 3.
        var m = Some.Rows([0, 1], [1, 3], [3, 3], [0, 0], [1, 1]);

        var observed = CohenKappa.Compute(m, 0, 1, AgreementWeights.Quadratic);
        var declared = CohenKappa.Compute(m, 0, 1, AgreementWeights.Quadratic, CategoryScale.Range(0, 3));

        Assert.NotEqual(observed.Value, declared.Value, 6);
        Assert.Equal(CohenKappa.Compute(m, 0, 1).Value, CohenKappa.Compute(m, 0, 1, categories: CategoryScale.Range(0, 3)).Value, 12);
    }

    [Fact]
    public void Compute_ScoreOutsideDeclaredScale_Throws()
    {
        Assert.Throws<ArgumentException>(() => CohenKappa.Compute(Some.Rows([0, 4]), 0, 1, categories: CategoryScale.Range(0, 3)));
    }

    [Fact]
    public void Compute_OrdinaryData_IntervalReproducibleAndContainsPoint()
    {
        Gen.Select(Some.OrdinaryLikertMatrix, Gen.ULong).Sample((m, seed) =>
        {
            var options = new BootstrapOptions(300, seed);
            var a = CohenKappa.Compute(m, 0, 1, AgreementWeights.Quadratic, bootstrap: options);
            var b = CohenKappa.Compute(m, 0, 1, AgreementWeights.Quadratic, bootstrap: options);
            return a == b && a.CiLow <= a.Value && a.Value <= a.CiHigh;
        }, iter: 30);
    }
}
