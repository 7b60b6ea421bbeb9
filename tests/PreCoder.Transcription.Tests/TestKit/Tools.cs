namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>Finds the external tools the speech fixtures need.</summary>
public static class Tools
{
    public static string? Espeak { get; } = Find("espeak-ng");

    public static string? Ffmpeg { get; } = Find("ffmpeg");

    public const string EspeakMissing = "espeak-ng not installed: apt-get install espeak-ng";

    public const string FfmpegMissing = "ffmpeg not installed: apt-get install ffmpeg";

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
