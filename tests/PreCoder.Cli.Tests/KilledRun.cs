namespace PreCoder.Cli.Tests;

/// <summary>A precoder process killed (SIGKILL, no chance to clean up) as soon as its progress reaches a given line.</summary>
public static class KilledRun
{
    /// <summary>Runs <paramref name="args"/> and kills the process when a line of standard error starts with <paramref name="progress"/> (e.g. <c>import: 4/10</c>).</summary>
    public static async Task AtProgressAsync(string[] args, string progress)
    {
        using var p = CliRunner.Start(args);
        _ = p.StandardOutput.ReadToEndAsync();
        string? line;
        while ((line = await p.StandardError.ReadLineAsync()) is not null && !line.StartsWith(progress, StringComparison.Ordinal))
        {
        }
        Assert.True(line is not null, $"the process ended before its progress reached '{progress}'");
        p.Kill(entireProcessTree: true);
        await p.WaitForExitAsync();
    }
}
