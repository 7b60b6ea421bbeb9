namespace PreCoder.Application.Transcripts;

/// <summary>What relabelling did: segments renamed, the label and role they now have, passages rebuilt, evidence re-anchored.</summary>
public sealed record SpeakerRelabelResult(string Interview, int Segments, string Speaker, string Role, int Passages, int QuotesReanchored, int QuotesUnanchored);
