namespace PreCoder.Web.Tests;

/// <summary>
/// <c>precoder serve</c> as a user runs it. Its own small study (no collection), so these process-bound tests run
/// beside the browser tests instead of after them.
/// </summary>
public sealed class ServeCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new("precoder-serve");

    private string Study => _dir.Sub("study");

    public async Task InitializeAsync()
    {
        var init = await CliRunner.RunAsync("init", Study);
        Assert.True(init.ExitCode == 0, init.Stderr);
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--listen", "not-an-address")]
    public async Task Serve_BadOption_IsOneLineUsageError(string option, string value)
    {
        var result = await CliRunner.RunAsync("serve", "--study", Study, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Serve_ListenBeyondLoopback_WarnsToUseTls()
    {
        var output = await ServeUntilListeningAsync("--listen", "0.0.0.0");

        Assert.Contains("warning: listening on 0.0.0.0", output);
        Assert.Contains("TLS", output);
    }

    [Fact]
    public async Task Serve_Default_ListensOnLoopbackWithoutWarning()
    {
        var output = await ServeUntilListeningAsync();

        Assert.Contains("at http://127.0.0.1:", output);
        Assert.DoesNotContain("warning: listening", output);
        Assert.Contains("nobody can sign in yet", output);
    }

    [Fact]
    public async Task Serve_UnreachablePostgresConnection_IsOneLineUnavailableError()
    {
        var result = await CliRunner.RunAsync("serve", "--study", "Host=127.0.0.1;Port=9;Username=nobody;Password=secret-word;Timeout=3", "--port", "0");

        Assert.Equal(4, result.ExitCode);
        var line = Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.StartsWith("error: cannot reach the study's database", line);
        Assert.DoesNotContain("secret-word", result.Stderr);
    }

    [PostgresFact]
    public async Task Serve_PostgresConnection_ServesTheStudyKeptThere()
    {
        // Dropped afterwards: serve creates the database, and each run used to leave one behind.
        await using var database = new PostgresTestDatabase("precoder_serve");

        var output = await ServeStudyUntilListeningAsync(database.ConnectionString);

        Assert.Contains("PreCoder workspace for the study in PostgreSQL at http://127.0.0.1:", output);
    }

    /// <summary>Starts <c>precoder serve</c> on a free port, reads standard error until it says where it listens, then stops it.</summary>
    private Task<string> ServeUntilListeningAsync(params string[] extra) => ServeStudyUntilListeningAsync(Study, extra);

    private static async Task<string> ServeStudyUntilListeningAsync(string study, params string[] extra)
    {
        using var process = CliRunner.Start(["serve", "--study", study, "--port", "0", .. extra]);
        var lines = new List<string>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.Contains("PreCoder workspace for", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        return string.Join('\n', lines);
    }
}
