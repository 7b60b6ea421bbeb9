using System.Diagnostics;
using System.Globalization;

namespace PreCoder.Transcription.Audio;

/// <summary>Finds ffmpeg/ffprobe: a configured path, else the PATH.</summary>
public sealed class FfmpegTool(string? configuredPath)
{
    /// <summary>The ffmpeg executable, or null when it is not installed.</summary>
    public string? Ffmpeg { get; } = Find(configuredPath, "ffmpeg");

    public string? Ffprobe { get; } = Find(configuredPath is null ? null : Path.Combine(Path.GetDirectoryName(configuredPath) ?? "", "ffprobe"), "ffprobe");

    /// <summary>The container's duration by ffprobe; null when unknown.</summary>
    public TimeSpan? ProbeDuration(string path)
    {
        if (Ffprobe is null)
        {
            return null;
        }
        var info = new ProcessStartInfo(Ffprobe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", path })
        {
            info.ArgumentList.Add(a);
        }
        using var p = Process.Start(info);
        if (p is null)
        {
            return null;
        }
        var text = p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : null;
    }

    private static string? Find(string? configured, string name)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
