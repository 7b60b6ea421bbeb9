using CsCheck;
using PreCoder.Agreement.Tests.Reference;
using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Krippendorff;

public sealed class KrippendorffAlphaTests
{
    [Fact]
    public void Compute_Krippendorff2011ExampleC_ReportsUnitsPairableValuesAndDisagreements()
    {
        var m = ReferenceDataSet.LoadRaw("krippendorff2011_C.csv", null);

        var result = KrippendorffAlpha.Compute(m, MeasurementLevel.Nominal);

        // Krippendorff (2011): 11 of 12 units are pairable (unit 12 has one value) and n.. = 40.
        Assert.Equal(11, result.Units);
        Assert.Equal(40, result.PairableValues);
        Assert.Equal(1 - (result.ObservedDisagreement / result.ExpectedDisagreement), result.Value, 12);
    }

    [Theory]
    [InlineData(MeasurementLevel.Nominal)]
    [InlineData(MeasurementLevel.Ordinal)]
    [InlineData(MeasurementLevel.Interval)]
    [InlineData(MeasurementLevel.Ratio)]
    public void Compute_NoVariation_ValueIsNaNWithoutThrowing(MeasurementLevel level)
    {
        var m = Some.Rows([2, 2, 2], [2, 2, double.NaN], [2, 2, 2]);

        var result = KrippendorffAlpha.Compute(m, level, new BootstrapOptions(200, Seed: 1));

        Assert.True(double.IsNaN(result.Value));
        Assert.Equal(0, result.ExpectedDisagreement);
        Assert.True(double.IsNaN(result.CiLow) && double.IsNaN(result.CiHigh));
    }

    [Fact]
    public void Compute_NothingPairable_ValueIsNaNAndCountsAreZero()
    {
        var m = Some.Rows([1, double.NaN], [double.NaN, 2]);

        var result = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal);

        Assert.True(double.IsNaN(result.Value));
        Assert.Equal(0, result.Units);
        Assert.Equal(0, result.PairableValues);
    }

    [Theory]
    [InlineData(MeasurementLevel.Nominal)]
    [InlineData(MeasurementLevel.Ordinal)]
    [InlineData(MeasurementLevel.Interval)]
    [InlineData(MeasurementLevel.Ratio)]
    public void Compute_IdenticalCodersWithVariation_IsOne(MeasurementLevel level)
    {
        var gen = Gen.Select(Gen.Int[0, 3].Array[4, 40], Gen.Int[2, 5]).Where((scores, _) => scores.Distinct().Count() > 1);

        gen.Sample((scores, coders) =>
        {
            var m = RatingMatrix.FromRows(scores.Select(s => Enumerable.Repeat((double)s, coders).ToArray()).ToList());
            return Some.Same(1, KrippendorffAlpha.Compute(m, level).Value, 1e-12);
        }, iter: 200);
    }

    [Theory]
    [InlineData(MeasurementLevel.Nominal)]
    [InlineData(MeasurementLevel.Ordinal)]
    [InlineData(MeasurementLevel.Interval)]
    public void Compute_UnitCodedByOneCoderAdded_ValueUnchanged(MeasurementLevel level)
    {
        Gen.Select(Some.LikertMatrix, Gen.Int[0, 3], Gen.Int[0, 4]).Sample((m, value, coder) =>
        {
            var extended = Some.WithLoneRating(m, coder % m.Coders, value);
            var before = KrippendorffAlpha.Compute(m, level);
            var after = KrippendorffAlpha.Compute(extended, level);
            return Some.Same(before.Value, after.Value, 1e-12) && before.PairableValues == after.PairableValues;
        }, iter: 200);
    }

    [Fact]
    public void Compute_MissingValues_AreNotTreatedAsZero()
    {
        var withMissing = Some.Rows([1, 1, double.NaN], [2, 2, double.NaN], [3, 3, 3]);
        var withZeros = Some.Rows([1, 1, 0], [2, 2, 0], [3, 3, 3]);

        Assert.Equal(1, KrippendorffAlpha.Compute(withMissing, MeasurementLevel.Interval).Value, 12);
        Assert.True(KrippendorffAlpha.Compute(withZeros, MeasurementLevel.Interval).Value < 1);
    }

    [Fact]
    public void Compute_SameSeed_GivesIdenticalInterval()
    {
        var m = Some.Likert(120, 4, seed: 7);
        var options = new BootstrapOptions(500, Seed: 42);

        var first = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, options);
        var second = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, options);

        Assert.Equal(first, second);
        Assert.Equal(500, first.BootstrapResamples);
    }

    [Fact]
    public void Compute_DifferentSeeds_GiveDifferentIntervals()
    {
        var m = Some.Likert(120, 4, seed: 7);

        var a = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, new BootstrapOptions(500, Seed: 1));
        var b = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, new BootstrapOptions(500, Seed: 2));

        Assert.NotEqual((a.CiLow, a.CiHigh), (b.CiLow, b.CiHigh));
    }

    [Fact]
    public void Compute_OrdinaryData_IntervalContainsPointEstimate()
    {
        Gen.Select(Some.OrdinaryLikertMatrix, Gen.ULong).Sample((m, seed) =>
        {
            var r = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, new BootstrapOptions(400, seed));
            return r.CiLow <= r.Value && r.Value <= r.CiHigh && r.CiLow < r.CiHigh;
        }, iter: 40);
    }
}
