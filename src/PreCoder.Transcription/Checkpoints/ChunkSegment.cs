namespace PreCoder.Transcription.Checkpoints;

/// <summary>One recognised segment as checkpointed: times in seconds from the start of the recording.</summary>
public sealed record ChunkSegment(
    double Start,
    double End,
    string Text,
    string? English,
    float Probability,
    float NoSpeechProbability,
    double VoicedFraction,
    bool Clamped,
    float[] VoiceFeatures);
