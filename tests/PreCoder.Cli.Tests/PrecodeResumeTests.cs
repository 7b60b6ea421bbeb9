using Microsoft.EntityFrameworkCore;

namespace PreCoder.Cli.Tests;

public sealed class PrecodeResumeTests
{
    /// <summary>SIGKILL part-way through pre-coding: the rerun keeps finished interviews, does the rest, and no suggestion is doubled.</summary>
    [Fact]
    public async Task Precode_KilledThenRerun_ResumesWithNoLostOrDuplicatedSuggestions()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir, withCodes: false);
        await KilledRun.AtProgressAsync(["precode", "--study", study, "--set", "Pipeline:ThrottleMilliseconds=600"], "precode: 3/10");
        int done;
        await using (var db = StudyData.Open(study))
        {
            done = await db.StageRuns.CountAsync(r => r.Stage == "precode");
        }
        Assert.InRange(done, 3, 9);

        var rerun = await SampleStudy.Ok("precode", "--study", study);
        Assert.Equal(done, rerun.Stderr.Split('\n').Count(l => l.Contains(": skipped", StringComparison.Ordinal)));

        await using var check = StudyData.Open(study);
        var suggestions = await check.Suggestions.AsNoTracking().Select(s => new { s.InterviewId, s.PassageId, s.VariableId, s.Classifier }).ToListAsync();
        Assert.Equal(10, suggestions.Select(s => s.InterviewId).Distinct().Count());
        Assert.Equal(suggestions.Count, suggestions.Distinct().Count());
    }
}
