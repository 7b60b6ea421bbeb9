using Microsoft.EntityFrameworkCore;
using PreCoder.Store.Studies;

namespace PreCoder.Cli.Tests;

public sealed class ConcurrencyTests
{
    /// <summary>Two coders' sessions importing the same file at the same moment: the trail records each code once.</summary>
    [Fact]
    public async Task CodesImport_TwoProcessesAtOnce_EachCodeRecordedOnce()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir, withCodes: false);
        var runs = await Task.WhenAll(
            CliRunner.RunAsync("codes", "import", RepoPaths.Sample("codes.csv"), "--study", study),
            CliRunner.RunAsync("codes", "import", RepoPaths.Sample("codes.csv"), "--study", study));
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));

        await using var db = new StudyDatabase(new StudyFolder(study), new StoreOptions()).CreateContext();
        Assert.Equal(3380, await db.Decisions.CountAsync());
        var exported = await SampleStudy.Ok("codes", "export", "--study", study);
        Assert.Equal(await File.ReadAllTextAsync(RepoPaths.Sample("codes.csv")), exported.Stdout);
    }
}
