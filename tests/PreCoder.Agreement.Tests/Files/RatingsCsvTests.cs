using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Files;

public sealed class RatingsCsvTests
{
    [Fact]
    public void Read_WideWithMissingMarkers_MissingIsNaNNeverZero()
    {
        var table = Assert.Single(RatingsCsv.Read("unit,a,b,c\nu1,1,NA,\nu2,0,.,missing:refused\nu3,2,2,missing\n", RatingsLayout.Wide));

        Assert.Equal(["u1", "u2", "u3"], table.Units);
        Assert.Equal(["a", "b", "c"], table.Coders);
        Assert.Equal(4, table.Matrix!.CountPresent());
        Assert.Equal(0d, table.Matrix[1, 0]);
        Assert.True(double.IsNaN(table.Matrix[1, 2]));
        Assert.False(table.CodedFromLabels);
    }

    [Fact]
    public void Read_WideKrippendorffFile_SameMatrixAsReferenceLoader()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.IrrData, "krippendorff2011_C.csv"));

        var table = Assert.Single(RatingsCsv.Read(text, RatingsLayout.Wide));

        Assert.Equal(0.743421052632, KrippendorffAlpha.Compute(table.Matrix!, MeasurementLevel.Nominal).Value, 12);
    }

    [Fact]
    public void Read_WordScores_CodedBySortedOrder()
    {
        var table = Assert.Single(RatingsCsv.Read("unit,a,b\nd1,YES,NO\nd2,NO,NO\n", RatingsLayout.Wide));

        Assert.Equal(["NO", "YES"], table.Labels);
        Assert.True(table.CodedFromLabels);
        Assert.Equal((2d, 1d), (table.Matrix![0, 0], table.Matrix[0, 1]));
    }

    [Fact]
    public void Read_LongWithVariables_OneTablePerVariableInFileOrder()
    {
        var tables = RatingsCsv.Read("Unit,Variable,Coder,Score\ni1,v2,a,1\ni1,v2,b,1\ni1,v1,a,3\ni2,v1,b,2\n", RatingsLayout.Long);

        Assert.Equal(["v2", "v1"], tables.Select(t => t.Variable));
        var v1 = tables[1];
        Assert.Equal(["i1", "i2"], v1.Units);
        Assert.Equal(["a", "b"], v1.Coders);
        Assert.Equal(3d, v1.Matrix![0, 0]);
        Assert.True(double.IsNaN(v1.Matrix[0, 1]));
    }

    [Fact]
    public void Read_LongWithoutVariableColumn_OneUnnamedTable()
    {
        var table = Assert.Single(RatingsCsv.Read("unit,coder,score\n1,a,1\n1,b,2\n", RatingsLayout.Long));

        Assert.Null(table.Variable);
        Assert.Equal(2, table.Matrix!.Coders);
    }

    [Theory]
    [InlineData("unit,coder,score\n1,a,1\n1,a,2\n", RatingsLayout.Long, 3, "coder 'a' rates unit '1' twice")]
    [InlineData("unit,rater,score\n1,a,1\n", RatingsLayout.Long, 1, "needs a 'coder' column")]
    [InlineData("unit,a,b\n1,1,2\n2,1\n", RatingsLayout.Wide, 3, "2 cells where the header has 3")]
    [InlineData("unit,a,A\n1,1,2\n", RatingsLayout.Wide, 1, "coder 'a' appears twice")]
    [InlineData("x,p,q\np,1,2\nq,x,1\n", RatingsLayout.Table, 3, "'x' is not a count")]
    [InlineData("x,p,q\np,1,2\n", RatingsLayout.Table, 1, "must be square")]
    public void Read_BadFile_ErrorNamesLine(string csv, RatingsLayout layout, int line, string problem)
    {
        var error = Assert.Throws<RatingsFormatException>(() => RatingsCsv.Read(csv, layout));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void Read_QuotedFieldAcrossLines_LaterRecordKeepsItsLine()
    {
        var error = Assert.Throws<RatingsFormatException>(() => RatingsCsv.Read("unit,a,b\n\"u\n1\",1,2\nu2,1\n", RatingsLayout.Wide));

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Read_TableAndCounts_CategoriesFromHeader()
    {
        var table = Assert.Single(RatingsCsv.Read(File.ReadAllText(Path.Combine(RepositoryPaths.IrrData, "irrCAC_cont3x3abstractors.csv")), RatingsLayout.Table));
        var counts = Assert.Single(RatingsCsv.Read(File.ReadAllText(Path.Combine(RepositoryPaths.IrrData, "irrCAC_distrib_6raters.csv")), RatingsLayout.Counts));

        Assert.Equal(["Ectopic", "AIU", "NIU"], table.Labels);
        Assert.Equal(0.7964094, CohenKappa.Compute(table.Table!).Value, 7);
        Assert.Equal(5, counts.Counts!.Categories);
        Assert.Equal(0.4139265, FleissKappa.Compute(counts.Counts).Value, 7);
    }

    [Fact]
    public void SelectCoders_NamedSubset_KeepsOrderAndRejectsUnknown()
    {
        var table = Assert.Single(RatingsCsv.Read("unit,a,b,c\n1,1,2,3\n", RatingsLayout.Wide));

        var picked = table.SelectCoders(["C", "a"]);

        Assert.Equal(["c", "a"], picked.Coders);
        Assert.Equal((3d, 1d), (picked.Matrix![0, 0], picked.Matrix[0, 1]));
        Assert.Contains("No coder 'z'", Assert.Throws<ArgumentException>(() => table.SelectCoders(["z"])).Message);
    }
}
