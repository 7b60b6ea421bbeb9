namespace PreCoder.Transcripts.Tests;

public sealed class DelimitedReaderTests : ImportTestsBase
{
    [Fact]
    public void Read_CsvWithMap_SplitsInterviewsKeepsSegmentIds()
    {
        var path = Dir.File("all.csv", "iv,sid,who,t0,t1,said\nA,x1,Interviewer,0,2,\"Hello, welcome\"\nA,x2,Amal,00:00:02.5,5,\"She said \"\"no\"\".\"\nB,y1,Omar,1,2,Hi\n");
        var all = TranscriptImporter.Read(path, new ImportOptions { Columns = ColumnMap.Parse("interview=iv,segment=sid,speaker=who,start=t0,end=t1,text=said") });
        Assert.Equal(["A", "B"], all.Select(t => t.InterviewId));
        Assert.Equal(["x1", "x2"], all[0].Segments.Select(s => s.Id));
        Assert.Equal("She said \"no\".", all[0].Segments[1].Text);
        Assert.Equal(2.5, all[0].Segments[1].Start);
    }

    [Fact]
    public void Read_TsvDefaultHeaders_NoMapNeeded()
    {
        var t = ReadOne(Dir.File("int10.tsv", "segment\tspeaker\ttext\tenglish\tlanguage\ns1\tYassine\tBonjour\tHello\tfr\n"));
        Assert.Equal("int10", t.InterviewId);
        Assert.Equal("Hello", t.Segments[0].English);
        Assert.Equal("fr", t.Segments[0].Language);
    }

    [Fact]
    public void Read_MapNamesMissingColumn_ErrorLine1()
    {
        var ex = Bad(Dir.File("a.csv", "a,b\n1,2\n"), new ImportOptions { Columns = ColumnMap.Parse("text=said") });
        Assert.Equal(1, ex.Line);
        Assert.Contains("'said'", ex.Message);
    }

    [Fact]
    public void Parse_UnknownMapKey_Error()
    {
        var ex = Assert.Throws<InputException>(() => ColumnMap.Parse("txt=said"));
        Assert.Contains("unknown key 'txt'", ex.Message);
    }

    [Fact]
    public void Read_RowWithWrongFieldCount_ErrorNamesRow()
    {
        var ex = Bad(Dir.File("a.csv", "speaker,text\nA,hello\nB,x,extra\n"));
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Read_BadTime_ErrorNamesRow()
    {
        var ex = Bad(Dir.File("a.csv", "speaker,start,text\nA,ten,hello\n"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("bad start time 'ten'", ex.Message);
    }

    [Fact]
    public void Read_UnclosedQuote_Error()
    {
        var ex = Bad(Dir.File("a.csv", "speaker,text\nA,\"never closed\n"));
        Assert.Contains("never closed", ex.Message);
    }

    [Fact]
    public void Read_DuplicateSegmentIds_Error()
    {
        var ex = Bad(Dir.File("a.csv", "segment,text\ns1,a\ns1,b\n"));
        Assert.Equal(3, ex.Line);
        Assert.Contains("duplicate segment id", ex.Message);
    }
}
