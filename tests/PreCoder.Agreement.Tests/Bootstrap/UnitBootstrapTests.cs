using CsCheck;
using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Bootstrap;

/// <summary>The percentile bootstrap over units, exercised through every statistic that offers it.</summary>
public sealed class UnitBootstrapTests
{
    private static readonly Dictionary<string, Func<RatingMatrix, BootstrapOptions, AgreementResult>> WithInterval = new()
    {
        ["fleiss"] = (m, o) => FleissKappa.Compute(m, bootstrap: o),
        ["conger"] = (m, o) => CongerKappa.Compute(m, bootstrap: o),
        ["gwet-ac2"] = (m, o) => GwetAc.Compute(m, AgreementWeights.Quadratic, CategoryScale.Range(0, 3), o),
        ["brennan-prediger"] = (m, o) => BrennanPrediger.Compute(m, categories: CategoryScale.Range(0, 3), bootstrap: o),
        ["pairwise"] = (m, o) => PairwiseAgreement.Compute(m, bootstrap: o),
        ["light"] = (m, o) => LightKappa.Compute(m, bootstrap: o),
        ["percent"] = (m, o) => PercentAgreement.Compute(m, 1, o),
        ["icc2"] = (m, o) => IntraclassCorrelation.Compute(m, IccForm.Icc2, o),
        ["kendall"] = (m, o) => KendallW.Compute(m, bootstrap: o),
    };

    public static TheoryData<string> Statistics() => new(WithInterval.Keys);

    [Theory]
    [MemberData(nameof(Statistics))]
    public void Compute_SameSeed_IdenticalInterval(string statistic)
    {
        var m = Some.Likert(80, 4, seed: 21);
        var options = new BootstrapOptions(200, Seed: 5);

        var first = WithInterval[statistic](m, options);
        var second = WithInterval[statistic](m, options);

        Assert.Equal(first, second);
        Assert.False(double.IsNaN(first.CiLow));
    }

    [Theory]
    [MemberData(nameof(Statistics))]
    public void Compute_OrdinaryData_IntervalContainsPointEstimate(string statistic)
    {
        Gen.Select(Some.OrdinaryLikertMatrix, Gen.ULong).Sample((m, seed) =>
        {
            var r = WithInterval[statistic](m, new BootstrapOptions(300, seed));
            return r.CiLow <= r.Value && r.Value <= r.CiHigh;
        }, iter: 15);
    }

    [Fact]
    public void Compute_UnitWeightsOfOne_EqualPointEstimate()
    {
        // A resample that draws every unit once must reproduce the plain statistic: frequency weights are exact duplication.
        var m = Some.Likert(30, 3, seed: 8, missing: 0);
        var tallies = CategoricalTallies.FromMatrix(m, CategoryScale.Range(0, 3));
        var kernel = new MultiraterKernel(tallies, AgreementWeights.Linear);
        var ones = Enumerable.Repeat(1.0, tallies.Units).ToArray();

        Assert.Equal(kernel.Evaluate(ChanceModel.Fleiss, default), kernel.Evaluate(ChanceModel.Fleiss, ones));
    }

    [Fact]
    public void Compute_UnitWeightTwo_EqualsDuplicatedUnit()
    {
        var m = Some.Likert(12, 3, seed: 9, missing: 0);
        var duplicated = RatingMatrix.FromRows(Enumerable.Range(0, m.Units).Select(u => m.Row(u).ToArray()).Append(m.Row(0).ToArray()).ToList());
        var tallies = CategoricalTallies.FromMatrix(m, CategoryScale.Range(0, 3));
        var weights = Enumerable.Repeat(1.0, m.Units).ToArray();
        weights[0] = 2;

        var weighted = new MultiraterKernel(tallies, AgreementWeights.Unweighted).Evaluate(ChanceModel.Gwet, weights).Value;

        Assert.Equal(GwetAc.Compute(duplicated, categories: CategoryScale.Range(0, 3)).Value, weighted, 12);
    }
}
