namespace PreCoder.Cli.Tests;

/// <summary>An interview with nothing of the interviewee to read gets "missing" from the machine, not silence and not 0.</summary>
public sealed class UnreadInterviewTests
{
    [Fact]
    public async Task Precode_TranscriptOfQuestionsOnly_MachineCodesEveryVariableMissing()
    {
        using var dir = new TempDirectory();
        var study = dir.Sub("study");
        var questions = Path.Combine(dir.Path, "int99.txt");
        await File.WriteAllTextAsync(questions, "[00:00:05] Interviewer: Can you tell me where you grew up?\n[00:00:40] Interviewer: The recorder stopped here; the answers were not kept.\n");
        await SampleStudy.Ok("init", study);
        await SampleStudy.Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study);
        await SampleStudy.Ok("ingest", RepoPaths.Sample("transcripts", "int02.txt"), "--study", study);
        await SampleStudy.Ok("ingest", questions, "--study", study);

        await SampleStudy.Ok("precode", "--study", study);
        var codes = (await SampleStudy.Ok("codes", "export", "--study", study, "--coder", "machine")).Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(c => c[1].Length == 0).ToArray();

        var unread = codes.Where(c => c[0] == "int99").ToArray();
        var answered = codes.Where(c => c[0] == "int02").ToArray();
        Assert.NotEmpty(unread);
        Assert.All(unread, c => Assert.Equal("missing", c[4]));
        Assert.Equal(answered.Select(c => c[2]).Order(), unread.Select(c => c[2]).Order());
        Assert.DoesNotContain(answered, c => c[4] == "missing");
        var csv = (await SampleStudy.Ok("suggestions", "export", "--study", study, "--format", "csv")).Stdout;
        Assert.Contains("the interview has no passage of the speaker this variable is coded from", csv);
    }
}
