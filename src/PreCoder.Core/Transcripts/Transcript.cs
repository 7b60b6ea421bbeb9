namespace PreCoder.Core.Transcripts;

/// <summary>A parsed transcript before it is stored: one interview's segments in order.</summary>
public sealed record Transcript(string InterviewId, string SourcePath, IReadOnlyList<Segment> Segments);
