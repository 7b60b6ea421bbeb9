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

    public static Process Start(IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null, bool redirectInput = false)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
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

    public static async Task<Result> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment) => await RunAsync(args, environment, null);

    /// <summary>Runs the CLI with <paramref name="input"/> on standard input (e.g. a password for <c>--password-stdin</c>).</summary>
    public static async Task<Result> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment, string? input)
    {
        using var p = Start(args, null, environment, redirectInput: input is not null);
        if (input is not null)
        {
            await p.StandardInput.WriteAsync(input);
            p.StandardInput.Close();
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await p.WaitForExitAsync(cts.Token);
        return new Result(p.ExitCode, await stdout, await stderr);
    }
}
