using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Krippendorff;

/// <summary>
/// A category's or a study's alpha is pooled from its variables' tallies; it must be the alpha of all their units
/// counted together, interval included, whatever values each part happens to use.
/// </summary>
public sealed class CoincidenceTallyTests
{
    public static TheoryData<MeasurementLevel> Levels => new() { MeasurementLevel.Nominal, MeasurementLevel.Ordinal, MeasurementLevel.Interval, MeasurementLevel.Ratio };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Pool_OfDisjointUnits_IsTheAlphaOfTheirUnion(MeasurementLevel level)
    {
        // Three coders with missing values (units of one, two and three values), and parts whose observed values
        // differ: the second never uses 3, the third only 1 and 2.
        var parts = new[]
        {
            Some.Likert(60, 3, seed: 1, noise: 0.3, missing: 0.2),
            Some.Rows(Rows(Some.Likert(40, 3, seed: 2, noise: 0.3, missing: 0.2)).Select(r => r.Select(v => v == 3 ? 2 : v).ToArray()).ToArray()),
            Some.Rows([1, 2, double.NaN], [2, 2, 2], [1, double.NaN, double.NaN], [2, 1, 1]),
        };
        var union = RatingMatrix.FromRows(parts.SelectMany(Rows).ToList());
        var bootstrap = new BootstrapOptions(500, Seed: 9);

        var pooled = KrippendorffAlpha.Compute(CoincidenceTally.Pool(parts.Select(Tally).ToArray()), level, bootstrap);
        var whole = KrippendorffAlpha.Compute(union, level, bootstrap);

        Assert.Equal(whole.Value, pooled.Value, 12);
        Assert.Equal(whole.Units, pooled.Units);
        Assert.Equal(whole.PairableValues, pooled.PairableValues, 9);
        Assert.Equal(whole.ObservedDisagreement, pooled.ObservedDisagreement, 12);
        Assert.Equal(whole.ExpectedDisagreement, pooled.ExpectedDisagreement, 12);
        // The bootstrap redraws the same pairs from the same distribution with the same seed.
        Assert.Equal(whole.CiLow, pooled.CiLow, 9);
        Assert.Equal(whole.CiHigh, pooled.CiHigh, 9);
    }

    [Fact]
    public void Of_OneSetOfUnits_GivesWhatTheMatrixGives()
    {
        var m = Some.Likert(80, 4, seed: 5, noise: 0.25, missing: 0.1);
        var bootstrap = new BootstrapOptions(300, Seed: 2);

        var fromTally = KrippendorffAlpha.Compute(Tally(m), MeasurementLevel.Ordinal, bootstrap);
        var fromMatrix = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, bootstrap);

        Assert.Equal(fromMatrix, fromTally);
    }

    [Fact]
    public void Pool_NothingPairable_HasNoAlpha()
    {
        var single = Tally(Some.Rows([1, double.NaN], [double.NaN, 2]));

        var result = KrippendorffAlpha.Compute(CoincidenceTally.Pool([single, single]), MeasurementLevel.Nominal);

        Assert.Equal(0, result.Units);
        Assert.True(double.IsNaN(result.Value));
    }

    private static IEnumerable<double[]> Rows(RatingMatrix m) => Enumerable.Range(0, m.Units).Select(u => m.Row(u).ToArray());

    // The counts of each observed value per unit, with the values they stand for.
    private static CoincidenceTally Tally(RatingMatrix m)
    {
        var values = Rows(m).SelectMany(r => r).Where(v => !double.IsNaN(v)).Distinct().Order().ToArray();
        var counts = Rows(m).SelectMany(r => values.Select(v => (double)r.Count(x => x == v))).ToArray();
        return CoincidenceTally.Of(CategoryCounts.FromFlat(values, counts));
    }
}
