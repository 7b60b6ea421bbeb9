using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Export;

public sealed class RatingMatrixCsvWriterTests
{
    [Fact]
    public void Write_MatrixWithMissing_WritesHeaderRowsAndNA()
    {
        var m = Some.Rows([0, 1.5, double.NaN], [3, 3, 2]);
        using var writer = new StringWriter();

        RatingMatrixCsvWriter.Write(writer, m, ["u1", "u,2"], ["ann", "bob", "machine"]);

        Assert.Equal("unit,ann,bob,machine\nu1,0,1.5,NA\n\"u,2\",3,3,2\n", writer.ToString());
    }

    [Fact]
    public void Write_LabelCountMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => RatingMatrixCsvWriter.Write(TextWriter.Null, Some.Rows([1, 2]), ["u1"], ["only-one"]));
    }
}
