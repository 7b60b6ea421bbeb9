namespace PreCoder.Transcription.Checkpoints;

/// <summary>A finished chunk: enough to rebuild the transcript without touching its audio again.</summary>
public sealed record ChunkResult(
    int Index,
    long StartSample,
    long EndSample,
    bool CutAtSilence,
    double VoicedSeconds,
    string? Language,
    float? LanguageProbability,
    IReadOnlyList<ChunkSegment> Segments)
{
    public double StartSeconds => StartSample / (double)Audio.AudioFormat.SampleRate;

    public double EndSeconds => EndSample / (double)Audio.AudioFormat.SampleRate;
}
