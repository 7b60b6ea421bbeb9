using PreCoder.Core.Transcripts;

namespace PreCoder.Transcription.Processing;

/// <summary>A recognised segment with its trust flags; times in seconds from the start of the recording.</summary>
public sealed record TranscribedSegment(
    double Start,
    double End,
    string Text,
    string? English,
    string? Language,
    float Probability,
    float NoSpeechProbability,
    string Speaker,
    TrustFlags Flags);
