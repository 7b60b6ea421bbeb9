namespace PreCoder.Cli.Tests;

public sealed class CodesRoundTripTests
{
    [Fact]
    public async Task ImportThenExport_SampleCodes_ByteIdentical()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir);
        var exported = dir.Sub("codes.csv");
        await SampleStudy.Ok("codes", "export", "--study", study, "--out", exported);
        Assert.Equal(await File.ReadAllTextAsync(RepoPaths.Sample("codes.csv")), await File.ReadAllTextAsync(exported));

        // Importing the same file again records nothing new: the trail only grows when a code changes.
        var again = await SampleStudy.Ok("codes", "import", RepoPaths.Sample("codes.csv"), "--study", study, "--json");
        Assert.Contains("\"added\": 0", again.Stdout);

        var stdout = await SampleStudy.Ok("codes", "export", "--study", study, "--coder", "jonas");
        var lines = stdout.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("interview,passage,variable,coder,score,evidence", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",jonas,", l));
        Assert.Equal(1690, lines.Length - 1);

        // Each imported code says which file it came from, apart from any note of the coder's.
        var trail = await StudyData.DecisionsAsync(study, "jonas");
        Assert.All(trail, d => Assert.Equal(("codes.csv", null), (d.Source, d.Note)));
    }
}
