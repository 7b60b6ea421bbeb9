using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Pipeline;

namespace PreCoder.Cli.Tests;

/// <summary>evaluate through the pipeline engine: a run record per fold, finished folds kept by a rerun.</summary>
public sealed class EvaluateResumeTests
{
    [Fact]
    public async Task Evaluate_Run_RecordsEachFoldAndARerunKeepsThemWithTheSameReport()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir);

        var first = await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--folds", "3", "--json");

        await using (var db = StudyData.Open(study))
        {
            var runs = await db.StageRuns.AsNoTracking().Where(r => r.Stage == "evaluate").OrderBy(r => r.Item).ToListAsync();
            Assert.Equal(["jonas/embedded/fold 1 of 3", "jonas/embedded/fold 2 of 3", "jonas/embedded/fold 3 of 3"], runs.Select(r => r.Item));
            Assert.All(runs, r => Assert.Equal(StageRunStatus.Succeeded, r.Status));
            Assert.All(runs, r => Assert.Matches(@"^\d+ interviews held out, \d+ codes compared$", r.Summary));
        }
        var second = await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--folds", "3", "--json");
        Assert.Contains("3 of 3 fold(s) kept from an earlier run", second.Stderr);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    /// <summary>SIGKILL part-way through: the rerun keeps the finished folds, does the rest, and reports what an uninterrupted run reports.</summary>
    [Fact]
    public async Task Evaluate_KilledThenRerun_ResumesWithTheFoldsNotYetDone()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir);
        string[] evaluate = ["evaluate", "--study", study, "--coder", "jonas", "--folds", "5", "--json"];
        // Passages embedded in this process and read back from the study's cache differ in the last digits: fill the
        // cache first, so every run below reads the same vectors and the reports can be compared exactly.
        await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--folds", "2");
        await KilledRun.AtProgressAsync([.. evaluate, "--set", "Pipeline:ThrottleMilliseconds=1500"], "evaluate: 2/5");
        int done;
        await using (var db = StudyData.Open(study))
        {
            done = await db.StageRuns.CountAsync(r => r.Stage == "evaluate" && r.Item.EndsWith(" of 5") && r.Status == StageRunStatus.Succeeded);
        }
        Assert.InRange(done, 2, 4);

        var resumed = await SampleStudy.Ok(evaluate);
        Assert.Contains($"{done} of 5 fold(s) kept from an earlier run", resumed.Stderr);

        // Without the kept results every fold is done again: the resumed report is the one a single run gives.
        Directory.Delete(Path.Combine(study, "work", "evaluation"), recursive: true);
        var uninterrupted = await SampleStudy.Ok(evaluate);
        Assert.DoesNotContain("kept from an earlier run", uninterrupted.Stderr);
        Assert.Equal(uninterrupted.Stdout, resumed.Stdout);
    }

    /// <summary>
    /// A learning curve is kept point by point: a killed run loses only the point in progress, and a curve extended by a
    /// size computes only that size, with the same figures for the points it keeps.
    /// </summary>
    [Fact]
    public async Task LearningCurve_KilledThenRerunAndExtended_KeepsFinishedPoints()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir);
        string[] curve = ["evaluate", "--study", study, "--coder", "jonas", "--folds", "2", "--learning-curve", "2,4", "--json"];
        // As above: the study's embedding cache filled first, so every run reads the same vectors.
        await SampleStudy.Ok("evaluate", "--study", study, "--coder", "jonas", "--folds", "2");
        await KilledRun.AtProgressAsync([.. curve, "--set", "Pipeline:ThrottleMilliseconds=1500"], "evaluate: 1/3");
        int done;
        await using (var db = StudyData.Open(study))
        {
            done = await db.StageRuns.CountAsync(r => r.Stage == "evaluate" && r.Item.Contains("/curve ") && r.Status == StageRunStatus.Succeeded);
        }
        Assert.InRange(done, 1, 2);

        var resumed = await SampleStudy.Ok(curve);
        Assert.Contains($"{done} of 3 part(s) of the learning curve kept from an earlier run", resumed.Stderr);
        var extended = await SampleStudy.Ok([.. curve[..^2], "2,4,5", "--json"]);
        Assert.Contains("3 of 4 part(s) of the learning curve kept from an earlier run", extended.Stderr);

        var two = Points(resumed.Stdout);
        var three = Points(extended.Stdout);
        Assert.Equal([2, 4], two.Keys.Order());
        Assert.Equal([2, 4, 5], three.Keys.Order());
        Assert.Equal(two[2], three[2]);
        Assert.Equal(two[4], three[4]);
    }

    /// <summary>Each point of a curve's JSON by its training size.</summary>
    private static Dictionary<int, string> Points(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("trainingInterviews").GetInt32(), p => p.GetRawText());
    }
}
