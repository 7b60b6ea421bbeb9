namespace PreCoder.Cli.Tests;

/// <summary>The team commands' mistakes are one line and the CLI's exit codes: usage 2, bad input 3, unreachable 4.</summary>
public sealed class TeamUsageTests
{
    [Theory]
    [InlineData("unknown queue 'gpu' (known: transcribe, translate, precode, train)", "worker", "--study", "Host=127.0.0.1;Database=x", "--queues", "transcribe,gpu")]
    [InlineData("--concurrency 0 must be at least 1", "worker", "--study", "Host=127.0.0.1;Database=x", "--concurrency", "0")]
    [InlineData("Unknown option 'batches'", "status", "--batches", "x")]
    public async Task Team_UsageError_OneLineExit2(string expected, params string[] args)
    {
        var r = await CliRunner.RunAsync(args);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, Assert.Single(r.Stderr.Trim().Split('\n')));
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("status")]
    [InlineData("retry")]
    public async Task Team_MalformedConnectionString_OneLineExit3(string command)
    {
        var r = await CliRunner.RunAsync(command, "--study", "Host=127.0.0.1;Colour=blue");

        Assert.Equal(3, r.ExitCode);
        Assert.StartsWith("error: --study: not a PostgreSQL connection string", Assert.Single(r.Stderr.Trim().Split('\n')));
    }

    [Fact]
    public async Task Worker_UnreachableServer_OneLineExit4()
    {
        var r = await CliRunner.RunAsync("worker", "--study", "Host=127.0.0.1;Port=1;Username=nobody;Database=x;Timeout=2");

        Assert.Equal(4, r.ExitCode);
        Assert.StartsWith("error: cannot reach the study's database", Assert.Single(r.Stderr.Trim().Split('\n')));
    }

    [PostgresFact]
    public async Task RunDistributed_FileStageAfterGatedStudyStage_OneLineNamingPipelineLineExit3()
    {
        using var dir = new TempDirectory();
        await using var db = await TeamDatabase.CreateAsync();
        Directory.CreateDirectory(dir.Path);
        var pipeline = Path.Combine(dir.Path, "late-import.yaml");
        await File.WriteAllTextAsync(pipeline, "name: late-import\nstages:\n  - stage: import\n  - stage: codes\n    options:\n      file: codes.csv\n  - stage: import\n");

        var r = await CliRunner.RunAsync("run", pipeline, "--study", db.ConnectionString, "--input", RepoPaths.Sample("transcripts"), "--distributed");

        Assert.Equal(3, r.ExitCode);
        Assert.StartsWith($"error: {pipeline}:7: stage import reads files, but after a study-wide stage", Assert.Single(r.Stderr.Trim().Split('\n')));
        Assert.Empty(await db.RowsAsync("""SELECT 1 FROM "WorkItems" """));
    }

    [Fact]
    public async Task RunDistributed_SqliteStudy_OneLineExit3()
    {
        using var dir = new TempDirectory();
        var study = dir.Sub("s");
        await SampleStudy.Ok("init", study);

        var r = await CliRunner.RunAsync("run", RepoPaths.Combine("pipelines", "transcripts.yaml"), "--study", study, "--input", RepoPaths.Sample("transcripts"), "--distributed");

        Assert.Equal(3, r.ExitCode);
        Assert.Contains("distributed work needs a study in PostgreSQL", Assert.Single(r.Stderr.Trim().Split('\n')));
    }
}
