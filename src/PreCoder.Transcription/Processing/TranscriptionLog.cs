using Microsoft.Extensions.Logging;

namespace PreCoder.Transcription.Processing;

/// <summary>Log messages of the transcription processor. Transcript text is logged at Debug only.</summary>
internal static partial class TranscriptionLog
{
    [LoggerMessage(1, LogLevel.Information, "Loaded Whisper model {Model} ({Width} wide, {Layers} layers, multilingual {Multilingual})")]
    public static partial void ModelLoaded(this ILogger logger, string model, int width, int layers, bool multilingual);

    [LoggerMessage(2, LogLevel.Information, "{Path}: resuming after {Chunks} finished chunks ({Seconds:F0} s)")]
    public static partial void Resuming(this ILogger logger, string path, int chunks, double seconds);

    [LoggerMessage(3, LogLevel.Debug, "{Path}: chunk {Chunk} at {Start:F1} s: {Segments} segments, language {Language} ({Probability:F2})")]
    public static partial void ChunkDone(this ILogger logger, string path, int chunk, double start, int segments, string? language, float? probability);

    [LoggerMessage(4, LogLevel.Debug, "{Path}: chunk {Chunk} at {Start:F1} s has no voice; skipped")]
    public static partial void ChunkSilent(this ILogger logger, string path, int chunk, double start);

    [LoggerMessage(5, LogLevel.Debug, "Segment {Start:F2}-{End:F2}: {Text} | {English}")]
    public static partial void SegmentText(this ILogger logger, double start, double end, string text, string? english);

    [LoggerMessage(6, LogLevel.Information, "{Path}: {Segments} segments in {Duration:F0} s of audio, language {Language}")]
    public static partial void RecordingDone(this ILogger logger, string path, int segments, double duration, string? language);
}
