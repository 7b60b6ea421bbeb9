namespace PreCoder.Transcription.Processing;

/// <summary>The transcript of one recording.</summary>
/// <param name="Language">The language spoken longest (ISO 639-1), null when no chunk had speech.</param>
/// <param name="LanguageProbability">Whisper's detection probability, averaged over chunks weighted by voiced time.</param>
/// <param name="ResumedChunks">Chunks taken from checkpoints of an earlier, interrupted run.</param>
public sealed record RecordingTranscript(
    string Path,
    double DurationSeconds,
    string? Language,
    double? LanguageProbability,
    IReadOnlyList<TranscribedSegment> Segments,
    int Chunks,
    int ResumedChunks);
