using System.Text.Json;

namespace PreCoder.Cli.Tests;

/// <summary>evaluate's baselines, learning curve and html report, and next, through the real CLI on the sample study.</summary>
public sealed class LearningCommandsTests(SharedStudyFixture fixture) : IClassFixture<SharedStudyFixture>
{
    [Fact]
    public async Task Evaluate_LearningCurveHtml_WritesThePlotAndEverySizeThatFits()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir);
        var html = Path.Combine(dir.Path, "curve.html");
        var csv = Path.Combine(dir.Path, "curve.csv");

        await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--folds", "2", "--learning-curve", "2,4,50", "--format", "html", "--out", html);
        await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--folds", "2", "--learning-curve", "2,4", "--format", "csv", "--out", csv);

        var page = await File.ReadAllTextAsync(html);
        Assert.Contains("<svg", page);
        Assert.Contains("Learning curve", page);
        Assert.Contains("Not run: 50", page);
        var rows = (await File.ReadAllLinesAsync(csv)).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Contains(rows, r => r[0] == "trained" && r[1] == "2" && r[2] == "(all)");
        Assert.Contains(rows, r => r[0] == "trained" && r[1] == "4" && r[2] == "(all)");
        Assert.Contains(rows, r => r[0] == "base-rate" && r[1] == "4");
    }

    [Fact]
    public async Task Evaluate_Trained_ShowsBaseRateAndZeroShotBesideItAndTheReliabilityDiagram()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir);
        var html = Path.Combine(dir.Path, "evaluate.html");

        var md = await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--classifier", "trained", "--folds", "2");
        await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--classifier", "trained", "--folds", "2", "--format", "html", "--out", html);
        var json = await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--classifier", "trained", "--folds", "2", "--json");

        Assert.Contains("| variable | n | base qwk | base F1 | zero-shot qwk | zero-shot F1 | trained qwk | trained F1 |", md.Stdout);
        Assert.Matches(@"baselines: whole passage (0\.\d\d|-), zero-shot nearest sentence (0\.\d\d|-)", md.Stdout);
        Assert.Contains("| high |", md.Stdout);
        Assert.Contains("Reliability diagram", await File.ReadAllTextAsync(html));
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal("trained", doc.RootElement.GetProperty("main").GetProperty("classifier").GetString());
        Assert.Equal("base-rate", doc.RootElement.GetProperty("baseRate").GetProperty("classifier").GetString());
        Assert.Equal("embedded", doc.RootElement.GetProperty("zeroShot").GetProperty("classifier").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("reliability").GetProperty("bands").GetArrayLength());
    }

    [Fact]
    public async Task Next_CoderWithAlmostNothingCoded_ProposesDistinctUncodedInterviews()
    {
        var r = await SampleStudy.Ok("next", "--study", fixture.Study, "--coder", "ayse", "--count", "3", "--json");

        using var doc = JsonDocument.Parse(r.Stdout);
        var ids = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("interviewId").GetString()).ToArray();
        Assert.Equal(3, ids.Length);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.DoesNotContain("int01", ids);
    }

    [Theory]
    [InlineData("next", "--count", "3")]
    [InlineData("next", "--coder", "ayse", "--count", "0")]
    [InlineData("evaluate", "--coder", "ayse", "--learning-curve", "10,x")]
    [InlineData("evaluate", "--coder", "ayse", "--format", "pdf")]
    public async Task LearningCommands_BadArguments_OneLineAndExit2(params string[] args)
    {
        var r = await CliRunner.RunAsync([.. args, "--study", fixture.Study]);

        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Stderr.Trim().Split('\n'));
    }
}
