using Xunit;

namespace PreCoder.Agreement.Tests.Catalog;

public sealed class AgreementStatisticsTests
{
    private static readonly RatingMatrix ThreeCoders = RatingMatrix.FromArray(new double[,] { { 1, 1, 1 }, { 2, 2, 3 }, { 3, 3, 3 }, { 1, 2, 1 } });

    [Fact]
    public void All_Names_UniqueAndFindable()
    {
        var names = AgreementStatistics.All.Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.True(AgreementStatistics.TryFind(n.ToUpperInvariant(), out var s) && s.Name == n));
        Assert.Equal(33, names.Count);
    }

    [Theory]
    [InlineData("ac2", "ac2-quadratic")]
    [InlineData("AGREEMENT", "percent")]
    public void TryFind_StudyReportName_FindsSameStatistic(string alias, string name)
    {
        Assert.True(AgreementStatistics.TryFind(alias, out var statistic));

        Assert.Equal(name, statistic.Name);
    }

    [Fact]
    public void Compute_KappaOnThreeCoders_NullNotThrow()
    {
        Assert.True(AgreementStatistics.TryFind("kappa", out var kappa));

        Assert.Null(kappa.Compute(ThreeCoders));
        Assert.NotNull(kappa.Compute(ThreeCoders.SelectCoders(0, 1)));
    }

    [Fact]
    public void Compute_ByName_SameAsDirectCall()
    {
        Assert.True(AgreementStatistics.TryFind("fleiss-quadratic", out var fleiss));
        Assert.True(AgreementStatistics.TryFind("icc2k", out var icc));

        Assert.Equal(FleissKappa.Compute(ThreeCoders, AgreementWeights.Quadratic).Value, fleiss.Compute(ThreeCoders)!.Value);
        Assert.Equal(IntraclassCorrelation.Compute(ThreeCoders, IccForm.Icc2k).Value, icc.Compute(ThreeCoders)!.Value);
    }

    [Fact]
    public void TryFind_PercentWithinTolerance_BuildsToleranceStatistic()
    {
        Assert.True(AgreementStatistics.TryFind("percent-within-2", out var within));

        Assert.Equal("percent-within-2", within.Name);
        Assert.Equal(PercentAgreement.Compute(ThreeCoders, 2).Value, within.Compute(ThreeCoders)!.Value);
        Assert.False(AgreementStatistics.TryFind("percent-within-x", out _));
    }

    [Fact]
    public void WithWeights_Custom_RenamedAndUsed()
    {
        Assert.True(AgreementStatistics.TryFind("kappa-linear", out var kappa));
        var weights = AgreementWeights.FromDistanceScores(0, 1, 4);

        var custom = kappa.WithWeights(weights);

        Assert.Equal("kappa-custom", custom.Name);
        var pair = ThreeCoders.SelectCoders(0, 2);
        Assert.Equal(CohenKappa.Compute(pair, 0, 1, weights).Value, custom.Compute(pair)!.Value);
    }

    [Fact]
    public void Compute_OnTable_NullWhereUndefined()
    {
        var table = new ContingencyTable(new double[,] { { 10, 2 }, { 3, 5 } });
        Assert.True(AgreementStatistics.TryFind("icc1", out var icc));
        Assert.True(AgreementStatistics.TryFind("kappa", out var kappa));

        Assert.Null(icc.Compute(table));
        Assert.Equal(CohenKappa.Compute(table).Value, kappa.Compute(table)!.Value);
    }

    [Fact]
    public void Compute_WithBootstrap_IntervalAroundValue()
    {
        Assert.True(AgreementStatistics.TryFind("alpha-ordinal", out var alpha));

        var result = alpha.Compute(ThreeCoders, new BootstrapOptions(200, 7))!;

        Assert.Equal(0.95, result.ConfidenceLevel);
        Assert.True(result.CiLow <= result.CiHigh);
    }
}
