using PreCoder.Transcripts.Export;

namespace PreCoder.Transcripts.Tests;

public sealed class DocxRoundTripTests : ImportTestsBase
{
    [Fact]
    public void WriteThenRead_Docx_SameSpeakersTextAndTimes()
    {
        var source = ReadOne(Dir.File("int01.txt", "[00:00:05] Interviewer: Why did you go?\n[00:00:09] Mahmoud: For the salary, because we were hungry.\n"));
        var docx = Path.Combine(Dir.Path, "int01.docx");
        using (var stream = File.Create(docx))
        {
            DocxWriter.Write(stream, source.Segments, TextChoice.Original);
        }
        var back = ReadOne(docx);
        Assert.Equal(source.Segments.Select(s => (s.Speaker, s.Text, s.Start)), back.Segments.Select(s => (s.Speaker, s.Text, s.Start)));
    }

    [Fact]
    public void Read_CorruptDocx_Error()
    {
        var path = Dir.File("bad.docx", "this is not a zip");
        Assert.Contains("not a readable .docx", Bad(path).Message);
    }

    [Fact]
    public void WriteThenRead_VttAndSrt_RoundTrip()
    {
        var source = ReadOne(Dir.File("x.txt", "[00:00:01] Interviewer: Why?\n[00:00:04] Amal: Because of my husband.\n"));
        foreach (var (ext, write) in new (string, Action<TextWriter, IReadOnlyList<Segment>, TextChoice>)[] { (".vtt", VttWriter.Write), (".srt", SrtWriter.Write) })
        {
            var path = Path.Combine(Dir.Path, "rt" + ext);
            using (var w = new StreamWriter(path))
            {
                write(w, source.Segments, TextChoice.Original);
            }
            var back = ReadOne(path);
            Assert.Equal(source.Segments.Select(s => (s.Speaker, s.Text, s.Start)), back.Segments.Select(s => (s.Speaker, s.Text, s.Start)));
        }
    }
}
