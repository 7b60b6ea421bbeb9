using PreCoder.Core.Errors;
using PreCoder.Core.Text;

namespace PreCoder.Application.Tests.Text;

public class CsvReaderTests
{
    [Fact]
    public void Read_RepeatedFields_ShareOneString()
    {
        var records = CsvReader.Read("codes.csv", "interview,coder,score\nr001,ana,2\nr001,ben,2\nr002,ana,\"2\"\n", ',').ToList();

        Assert.Equal(["r001", "ben", "2"], records[2].Fields);
        Assert.Same(records[1].Fields[0], records[2].Fields[0]);
        Assert.Same(records[1].Fields[1], records[3].Fields[1]);
        // A quoted field is the same text, hence the same string, as the unquoted one.
        Assert.Same(records[1].Fields[2], records[3].Fields[2]);
    }

    [Fact]
    public void Read_QuotedFieldsAndLineNumbers_KeptWithPooling()
    {
        var records = CsvReader.Read("codes.csv", "a,b\r\n\"two\nlines, \"\"quoted\"\"\",x\r\n,\r\nx,\"\"\r\n", ',').ToList();

        Assert.Equal([1, 2, 4, 5], records.Select(r => r.Line));
        Assert.Equal(["two\nlines, \"quoted\"", "x"], records[1].Fields);
        Assert.Equal(["", ""], records[2].Fields);
        Assert.Same(records[1].Fields[1], records[3].Fields[0]);
    }

    [Fact]
    public void Read_LongFields_AreReadWhole()
    {
        var quote = new string('q', StringPool.DefaultLongestPooled + 10);

        var records = CsvReader.Read("codes.csv", $"evidence\n{quote}\n{quote}\n", ',').ToList();

        Assert.Equal(quote, records[1].Fields[0]);
        Assert.Equal(quote, records[2].Fields[0]);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_IsAnErrorNamingTheLine()
    {
        var error = Assert.Throws<InputException>(() => CsvReader.Read("codes.csv", "a,b\nc,\"d\"e\n", ',').ToList());

        Assert.Equal(("codes.csv", 2), (error.File, error.Line));
    }
}
