namespace PreCoder.Transcripts.Tests;

public sealed class CueReaderTests : ImportTestsBase
{
    [Fact]
    public void Read_Vtt_KeepsCueIdsVoicesAndTimes()
    {
        var path = Dir.File("i.vtt", "WEBVTT\n\nNOTE made by hand\n\nc1\n00:00:01.000 --> 00:00:04.500 align:start\n<v Interviewer>How did it start?</v>\n\nc2\n00:00:05.000 --> 00:00:09.000\n<v Aizada>My husband said &amp; I believed\nhim.\n");
        var t = ReadOne(path);
        Assert.Equal(["c1", "c2"], t.Segments.Select(s => s.Id));
        Assert.Equal("My husband said & I believed him.", t.Segments[1].Text);
        Assert.Equal("Aizada", t.Segments[1].Speaker);
        Assert.Equal(SpeakerRole.Interviewee, t.Segments[1].Role);
        Assert.Equal((1.0, 4.5), (t.Segments[0].Start!.Value, t.Segments[0].End!.Value));
    }

    [Fact]
    public void Read_VttWithoutHeader_ErrorLine1()
    {
        var ex = Bad(Dir.File("i.vtt", "00:00:01.000 --> 00:00:02.000\nhello\n"));
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Read_VttBadTiming_ErrorNamesLine()
    {
        var ex = Bad(Dir.File("i.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:0x:02.000\nhello\n"));
        Assert.Equal(4, ex.Line);
        Assert.Contains("end time", ex.Message);
    }

    [Fact]
    public void Read_VttDuplicateCueId_Error()
    {
        var ex = Bad(Dir.File("i.vtt", "WEBVTT\n\na\n00:00:01.000 --> 00:00:02.000\nx\n\na\n00:00:03.000 --> 00:00:04.000\ny\n"));
        Assert.Contains("duplicate segment id 'a'", ex.Message);
    }

    [Fact]
    public void Read_Srt_SpeakersAndCommaTimes()
    {
        var t = ReadOne(Dir.File("k.srt", "1\n00:00:01,250 --> 00:00:03,000\nInterviewer: Why?\n\n2\n00:00:03,500 --> 00:00:08,000\nKhaled: Because of my brother.\nHe went first.\n"));
        Assert.Equal(["1", "2"], t.Segments.Select(s => s.Id));
        Assert.Equal(1.25, t.Segments[0].Start);
        Assert.Equal("Because of my brother. He went first.", t.Segments[1].Text);
    }

    [Fact]
    public void Read_SrtEndBeforeStart_Error()
    {
        var ex = Bad(Dir.File("k.srt", "1\n00:00:05,000 --> 00:00:03,000\nA: x\n"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("before it starts", ex.Message);
    }

    [Fact]
    public void Read_SrtMissingNumber_Error()
    {
        var ex = Bad(Dir.File("k.srt", "00:00:05,000 --> 00:00:06,000\nA: x\n"));
        Assert.Contains("expected a cue number", ex.Message);
    }
}
