namespace PreCoder.Cli.Tests;

/// <summary>Usage errors are one line on standard error and exit 2, never a stack trace.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("Unknown command", "frobnicate")]
    [InlineData("missing required argument", "codes", "import")]
    [InlineData("Unknown option", "agreement", "--bogus")]
    [InlineData("--coder NAME is required", "train")]
    public async Task Run_UsageError_OneLineExit2(string expected, params string[] args)
    {
        var r = await CliRunner.RunAsync(args);

        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
