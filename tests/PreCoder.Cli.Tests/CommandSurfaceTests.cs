namespace PreCoder.Cli.Tests;

public sealed class CommandSurfaceTests
{
    [Theory]
    [InlineData("init")]
    [InlineData("ingest")]
    [InlineData("codebook", "import")]
    [InlineData("codebook", "export")]
    [InlineData("codes", "import")]
    [InlineData("codes", "export")]
    [InlineData("attributes", "import")]
    [InlineData("transcripts", "export")]
    [InlineData("import", "qdpx")]
    [InlineData("run")]
    public async Task Help_EveryCommand_ExitsZeroAndListsCommonOptions(params string[] command)
    {
        var r = await CliRunner.RunAsync([.. command, "--help"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--study", r.Stdout);
        Assert.Contains("--json", r.Stdout);
        Assert.Contains("--set", r.Stdout);
    }

    [Fact]
    public async Task AnyCommand_NoStudyFolder_Exit4NamesFix()
    {
        using var dir = new TempDirectory();
        var r = await CliRunner.RunAsync("codes", "export", "--study", dir.Path);
        Assert.Equal(4, r.ExitCode);
        Assert.Contains("precoder init", r.Stderr);
    }

    [Fact]
    public async Task Set_MalformedOverride_Exit3()
    {
        using var dir = new TempDirectory();
        await SampleStudy.Ok("init", dir.Path);
        var r = await CliRunner.RunAsync("codes", "export", "--study", dir.Path, "--set", "NoEqualsSign");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("KEY=VALUE", r.Stderr);
    }

    [Fact]
    public async Task Init_Json_MachineReadable()
    {
        using var dir = new TempDirectory();
        var r = await SampleStudy.Ok("init", dir.Sub("s"), "--json");
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.True(doc.RootElement.GetProperty("created").GetBoolean());
        Assert.Equal("sqlite", doc.RootElement.GetProperty("provider").GetString());
    }
}
