using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Spreadsheets;

namespace PreCoder.Codebooks.Tests.Spreadsheets;

public class CsvReaderTests
{
    [Fact]
    public void Read_QuotedFieldSpanningLines_RecordsKeepStartLines()
    {
        var bag = new DiagnosticBag("t.csv");

        var rows = CsvReader.Read("a,b\r\n\"multi\nline, with \"\"quotes\"\"\",x\r\nlast,\"\"\r\n", bag);

        Assert.Empty(bag.Items);
        Assert.Equal([1, 2, 4], rows.Select(r => r.Line));
        Assert.Equal(["multi\nline, with \"quotes\"", "x"], rows[1].Cells);
        Assert.Equal(["last", ""], rows[2].Cells);
    }

    [Fact]
    public void Read_NoFinalNewline_LastRecordKept()
    {
        var rows = CsvReader.Read("a,b\nc,d", new DiagnosticBag("t.csv"));

        Assert.Equal(["c", "d"], rows[1].Cells);
    }

    [Fact]
    public void Read_UnclosedQuote_ReportsLineWhereItOpened()
    {
        var bag = new DiagnosticBag("t.csv");

        CsvReader.Read("a,b\nc,\"never closed\nmore\n", bag);

        var error = Assert.Single(bag.Items);
        Assert.Equal(2, error.Line);
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_ReportsLine()
    {
        var bag = new DiagnosticBag("t.csv");

        CsvReader.Read("a,b\nc,say \"no\"\n", bag);

        Assert.Equal(2, Assert.Single(bag.Items).Line);
    }
}
