namespace PreCoder.Transcripts.Tests;

public sealed class PlainTextReaderTests : ImportTestsBase
{
    [Fact]
    public void Read_SpeakerLinesWithTimes_SegmentsWithRolesAndTimes()
    {
        var path = Dir.File("int01.txt", "[00:00:05] Interviewer: Where did you grow up?\n[00:00:09] Translator: He says Mosul.\n[00:01:10.5] Abu Yusuf: In Mosul. We were poor.\nMy father had no work.\n");
        var t = ReadOne(path);
        Assert.Equal("int01", t.InterviewId);
        Assert.Equal(3, t.Segments.Count);
        Assert.Equal([SpeakerRole.Interviewer, SpeakerRole.Translator, SpeakerRole.Interviewee], t.Segments.Select(s => s.Role));
        Assert.Equal(70.5, t.Segments[2].Start);
        Assert.Equal(9, t.Segments[0].End);
        Assert.Equal("In Mosul. We were poor. My father had no work.", t.Segments[2].Text);
        Assert.Equal(["s0001", "s0002", "s0003"], t.Segments.Select(s => s.Id));
    }

    [Fact]
    public void Read_RolesOption_OverridesGuess()
    {
        var path = Dir.File("a.txt", "A: question?\nB: answer.\n");
        var t = ReadOne(path, new ImportOptions { Roles = RoleMap.Parse("interviewer=A,interviewee=B") });
        Assert.Equal([SpeakerRole.Interviewer, SpeakerRole.Interviewee], t.Segments.Select(s => s.Role));
    }

    [Fact]
    public void Read_InvalidUtf8_ErrorNamesFileAndLine()
    {
        var path = Path.Combine(Dir.Path, "latin1.txt");
        File.WriteAllBytes(path, [.. "A: fine\nB: caf"u8.ToArray(), 0xE9, (byte)'\n']);
        var ex = Bad(path);
        Assert.Equal(2, ex.Line);
        Assert.Contains("UTF-8", ex.Message);
        Assert.StartsWith(path + ":2:", ex.Message);
    }

    [Fact]
    public void Read_EmptyFile_Error()
    {
        var ex = Bad(Dir.File("empty.txt", "\n\n"));
        Assert.Contains("no transcript text", ex.Message);
    }

    [Fact]
    public void Read_MissingFile_Error()
    {
        var ex = Bad(Path.Combine(Dir.Path, "nope.txt"));
        Assert.Contains("file not found", ex.Message);
    }

    [Fact]
    public void Read_BinaryFile_Error()
    {
        var path = Path.Combine(Dir.Path, "x.txt");
        File.WriteAllBytes(path, [65, 0, 66, 0]);
        Assert.Contains("binary", Bad(path).Message);
    }
}
