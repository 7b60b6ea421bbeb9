using CsCheck;
using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Properties;

/// <summary>Symmetries every pooled statistic must have: which coder is "column 1" and how units are ordered carry no information.</summary>
public sealed class InvariancePropertyTests
{
    private const int Iterations = 150;

    public static TheoryData<string> Statistics() => new(Pooled.Keys);

    private static readonly Dictionary<string, Func<RatingMatrix, double>> Pooled = new()
    {
        ["alpha-nominal"] = m => KrippendorffAlpha.Compute(m, MeasurementLevel.Nominal).Value,
        ["alpha-ordinal"] = m => KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal).Value,
        ["alpha-interval"] = m => KrippendorffAlpha.Compute(m, MeasurementLevel.Interval).Value,
        ["alpha-ratio"] = m => KrippendorffAlpha.Compute(m, MeasurementLevel.Ratio).Value,
        ["fleiss"] = m => FleissKappa.Compute(m).Value,
        ["fleiss-quadratic"] = m => FleissKappa.Compute(m, AgreementWeights.Quadratic).Value,
        ["conger"] = m => CongerKappa.Compute(m).Value,
        ["gwet-ac1"] = m => GwetAc.Compute(m).Value,
        ["gwet-ac2"] = m => GwetAc.Compute(m, AgreementWeights.Quadratic, CategoryScale.Range(0, 3)).Value,
        ["brennan-prediger"] = m => BrennanPrediger.Compute(m, categories: CategoryScale.Range(0, 3)).Value,
        ["pairwise-agreement"] = m => PairwiseAgreement.Compute(m, AgreementWeights.Linear).Value,
        ["light"] = m => LightKappa.Compute(m).Value,
        ["percent"] = m => PercentAgreement.Compute(m, 1).Value,
        ["icc2"] = m => IntraclassCorrelation.Compute(m, IccForm.Icc2).Value,
        ["icc3k"] = m => IntraclassCorrelation.Compute(m, IccForm.Icc3k).Value,
        ["kendall"] = m => KendallW.Compute(m).Value,
    };

    [Theory]
    [MemberData(nameof(Statistics))]
    public void Compute_CodersPermuted_ValueUnchanged(string statistic)
    {
        var compute = Pooled[statistic];
        Gen.Select(Some.LikertMatrix, Gen.Int).Sample(
            (m, seed) => Some.Same(compute(m), compute(Some.PermuteCoders(m, Some.Permutation(m.Coders, seed)))),
            iter: Iterations);
    }

    [Theory]
    [MemberData(nameof(Statistics))]
    public void Compute_UnitsPermuted_ValueUnchanged(string statistic)
    {
        var compute = Pooled[statistic];
        Gen.Select(Some.LikertMatrix, Gen.Int).Sample(
            (m, seed) => Some.Same(compute(m), compute(Some.PermuteUnits(m, Some.Permutation(m.Units, seed)))),
            iter: Iterations);
    }
}
