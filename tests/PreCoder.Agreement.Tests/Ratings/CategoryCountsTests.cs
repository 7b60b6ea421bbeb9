using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Ratings;

public sealed class CategoryCountsTests
{
    [Theory]
    [InlineData(MeasurementLevel.Nominal)]
    [InlineData(MeasurementLevel.Ordinal)]
    [InlineData(MeasurementLevel.Interval)]
    [InlineData(MeasurementLevel.Ratio)]
    public void AlphaFromFlat_SameUnitsAsMatrix_BitIdenticalWithBootstrap(MeasurementLevel level)
    {
        // The report tallies its comparisons itself and hands alpha the counts: it must get what the matrix gives,
        // interval included, to the last bit (reports are compared byte for byte).
        var m = Some.Likert(120, 4, seed: 5, noise: 0.3, missing: 0.1);
        var bootstrap = new BootstrapOptions(500, Seed: 9);

        var fromMatrix = KrippendorffAlpha.Compute(m, level, bootstrap);
        var fromCounts = KrippendorffAlpha.Compute(CountsOf(m), level, bootstrap);

        Assert.Equal(fromMatrix, fromCounts);
    }

    [Fact]
    public void FromFlat_PartialUnit_Throws()
    {
        Assert.Throws<ArgumentException>(() => CategoryCounts.FromFlat([0, 1, 2], [1, 1]));
    }

    [Fact]
    public void FromFlat_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => CategoryCounts.FromFlat([0, 1], [1, -1]));
    }

    private static CategoryCounts CountsOf(RatingMatrix m)
    {
        var values = CategoryScale.Observed(m).Values.ToArray();
        var counts = new double[m.Units * values.Length];
        for (var u = 0; u < m.Units; u++)
        {
            foreach (var v in m.Row(u))
            {
                if (!double.IsNaN(v))
                {
                    counts[(u * values.Length) + Array.IndexOf(values, v)] += 1;
                }
            }
        }
        return CategoryCounts.FromFlat(values, counts);
    }
}
