using Xunit;

namespace PreCoder.TestKit;

/// <summary>A fact that needs command-line tools (espeak-ng, ffmpeg); it reports itself skipped, naming the package, when one is missing.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => Find(t) is null).ToArray();
        if (missing.Length > 0)
        {
            Skip = $"{string.Join(", ", missing)} not installed: apt-get install {string.Join(" ", missing)} (.ci/run installs them)";
        }
    }

    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, tool))
            .FirstOrDefault(File.Exists);
}
