namespace PreCoder.Transcription.Audio;

/// <summary>The audio and video containers PreCoder reads, and which of them need ffmpeg.</summary>
public static class AudioFormat
{
    /// <summary>Whisper's input rate.</summary>
    public const int SampleRate = 16000;

    private static readonly HashSet<string> Managed = new(StringComparer.OrdinalIgnoreCase) { ".wav", ".mp3" };

    private static readonly HashSet<string> NeedsFfmpeg = new(StringComparer.OrdinalIgnoreCase)
    {
        ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac", ".wma", ".webm", ".mp4", ".m4v", ".mkv", ".mov", ".avi",
    };

    /// <summary>True for a file name whose extension is a recording PreCoder transcribes.</summary>
    public static bool IsAudio(string path) => Managed.Contains(Path.GetExtension(path)) || NeedsFfmpeg.Contains(Path.GetExtension(path));

    /// <summary>True when the file is decoded in managed code, without ffmpeg.</summary>
    public static bool IsManaged(string path) => Managed.Contains(Path.GetExtension(path));
}
