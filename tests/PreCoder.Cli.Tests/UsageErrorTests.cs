namespace PreCoder.Cli.Tests;

/// <summary>Usage errors are one line on standard error and exit 2, never a stack trace.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("Unknown command", "frobnicate")]
    [InlineData("missing required argument", "codes", "import")]
    [InlineData("Unknown option", "agreement", "--bogus")]
    [InlineData("--coder NAME is required", "train")]
    [InlineData("--variable: name the variable", "quotes")]
    [InlineData("--out: sav and r write a CSV and a script", "export", "matrix", "--format", "sav")]
    [InlineData("--out: sav and r write a CSV and a script", "export", "matrix", "--format", "csv,r")]
    [InlineData("--out: docx is binary", "quotes", "--variable", "vul_poverty", "--format", "docx")]
    [InlineData("--out: xlsx is binary", "codebook", "export", "--format", "xlsx")]
    [InlineData("--out: docx is binary", "transcripts", "export", "--format", "docx")]
    [InlineData("'precoder sheet' needs one of its commands", "sheet")]
    [InlineData("'precoder coders' needs one of its commands", "coders", "--study", ".")]
    [InlineData("'precoder export' needs one of its commands", "export")]
    [InlineData("Unknown command 'bogus'", "sheet", "bogus")]
    public async Task Run_UsageError_OneLineExit2(string expected, params string[] args)
    {
        var r = await CliRunner.RunAsync(args);

        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public async Task Run_GroupHelp_StillShowsItsCommandsAndExits0()
    {
        var r = await CliRunner.RunAsync("sheet", "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("export", r.Stdout);
        Assert.Contains("import <FILE>", r.Stdout);
    }
}
