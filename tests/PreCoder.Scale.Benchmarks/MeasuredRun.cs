using System.Diagnostics;
using PreCoder.TestKit;

namespace PreCoder.Scale.Benchmarks;

/// <summary>One CLI process: wall time from start to exit and its peak resident memory (VmHWM, read until it exits).</summary>
internal sealed record MeasuredRun(TimeSpan Elapsed, long PeakBytes, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>
    /// A published precoder to time instead of the built precoder.dll (for example one published ReadyToRun, as
    /// README's install section does): start-up is mostly JIT, which ReadyToRun removes.
    /// </summary>
    public static string? Executable { get; set; }

    public static async Task<MeasuredRun> RunAsync(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var process = Executable is null ? CliRunner.Start(args) : StartPublished(Executable, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakOf(process.Id));
            await Task.Delay(10);
        }
        await process.WaitForExitAsync();
        clock.Stop();
        return new MeasuredRun(clock.Elapsed, peak, process.ExitCode, await stdout, await stderr);
    }

    private static Process StartPublished(string executable, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        return Process.Start(psi)!;
    }

    /// <summary>The kernel's high-water mark of the process's resident set, in bytes; 0 once the process is gone.</summary>
    private static long PeakOf(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
