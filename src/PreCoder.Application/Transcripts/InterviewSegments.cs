using PreCoder.Core.Transcripts;

namespace PreCoder.Application.Transcripts;

/// <summary>One interview's stored segments in order.</summary>
public sealed record InterviewSegments(string Id, IReadOnlyList<Segment> Segments);
