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
}
