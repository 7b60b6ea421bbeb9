namespace PreCoder.Cli.Tests;

public sealed class ResumeTests
{
    /// <summary>Kill the process half-way through a pipeline run, run it again, and compare with a run never interrupted.</summary>
    [Fact]
    public async Task Run_KilledMidwayThenRerun_SameDatabaseContentAsUninterrupted()
    {
        using var dir = new TempDirectory();
        var clean = dir.Sub("clean");
        var killed = dir.Sub("killed");
        // The sample pipeline without its slow machine stages: what is under test is the runner, not the classifier.
        var pipeline = dir.File("resume.yaml", string.Join("\n", File.ReadAllLines(RepoPaths.Combine("pipelines", "sample-study.yaml"))
            .TakeWhile(l => !l.Contains("stage: precode", StringComparison.Ordinal))));
        string[] Run(string study) => ["run", pipeline, "--study", study, "--input", RepoPaths.Sample()];
        foreach (var s in new[] { clean, killed })
        {
            await SampleStudy.Ok("init", s);
        }
        await SampleStudy.Ok(Run(clean));

        await KilledRun.AtProgressAsync([.. Run(killed), "--set", "Pipeline:ThrottleMilliseconds=400"], "import: 4/10");
        var partial = await StudySnapshot.TakeAsync(killed);
        Assert.DoesNotContain("\"int10\"", partial);

        var rerun = await SampleStudy.Ok([.. Run(killed), "--json"]);
        Assert.Contains("\"status\": \"skipped\"", rerun.Stdout);

        Assert.Equal(await StudySnapshot.TakeAsync(clean), await StudySnapshot.TakeAsync(killed));
    }

    [Fact]
    public async Task Run_SecondTime_EverythingSkipped()
    {
        using var dir = new TempDirectory();
        var study = dir.Sub("s");
        await SampleStudy.Ok("init", study);
        string[] run = ["run", RepoPaths.Combine("pipelines", "transcripts.yaml"), "--study", study, "--input", RepoPaths.Sample("transcripts"), "--json"];
        var first = await SampleStudy.Ok(run);
        Assert.Contains("\"done\": 10", first.Stdout);
        var second = await SampleStudy.Ok(run);
        Assert.Contains("\"skipped\": 10", second.Stdout);
        Assert.Contains("\"done\": 0", second.Stdout);
    }
}
