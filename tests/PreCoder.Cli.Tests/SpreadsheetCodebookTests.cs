namespace PreCoder.Cli.Tests;

/// <summary>Codebook spreadsheets as a new user meets them: what Excel, pandas and R read, and what import accepts.</summary>
public sealed class SpreadsheetCodebookTests : IDisposable
{
    private const string Columns = "id,name,category,definition,scale,anchors,unit,role";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Validate_OrdinalScaleWithEmptyAnchors_WarnsAndExitsZero()
    {
        var file = _dir.File("likert5.csv", $"{Columns}\natt_trust,Trust,Attitudes,How much they trust the group.,ordinal:1..5,,,\n");

        var result = await CliRunner.RunAsync("codebook", "validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("likert5.csv:2: warning: the scale of variable 'att_trust' is ordinal but has no anchors", result.Stderr);
    }

    [Fact]
    public async Task ExportCsv_SeedCodebook_HeaderFirstAndSideFileReimportsUnchanged()
    {
        var study = _dir.Sub("study");
        await SampleStudy.Ok("init", study);
        await SampleStudy.Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study);
        var table = _dir.Sub("seed.csv");

        await SampleStudy.Ok("codebook", "export", "--study", study, "--format", "csv", "--out", table);

        Assert.StartsWith(Columns + ",", File.ReadLines(table).First());
        Assert.StartsWith("#id,isis-in-their-own-words", File.ReadLines(_dir.Sub("seed.meta.csv")).First());
        var again = await SampleStudy.Ok("codebook", "import", table, "--study", study);
        Assert.Contains("Codebook unchanged: still version 1", again.Stdout);
    }
}
