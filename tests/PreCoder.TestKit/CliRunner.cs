using System.Diagnostics;

namespace PreCoder.TestKit;

/// <summary>Runs the real <c>precoder</c> program as a child process, as a user or a script would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The CLI assembly next to the test's own output (test projects reference PreCoder.Cli).</summary>
    public static string Dll
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "precoder.dll");
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, "precoder.runtimeconfig.json")))
            {
                return beside;
            }
            // The CLI's own build output, same configuration as the test (bin/<Configuration>/net10.0/).
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return RepoPaths.Combine("src", "PreCoder.Cli", "bin", configuration, "net10.0", "precoder.dll");
        }
    }

    public static Process Start(IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        if (environment is not null)
        {
            foreach (var (k, v) in environment)
            {
                psi.Environment[k] = v;
            }
        }
        return Process.Start(psi)!;
    }

    public static async Task<Result> RunAsync(params string[] args) => await RunAsync(args, null);

    public static async Task<Result> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment)
    {
        using var p = Start(args, null, environment);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await p.WaitForExitAsync(cts.Token);
        return new Result(p.ExitCode, await stdout, await stderr);
    }
}
