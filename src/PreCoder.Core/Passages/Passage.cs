namespace PreCoder.Core.Passages;

/// <summary>
/// A unit a coder reads at once: one or more consecutive segments of one speaker.
/// Evidence quotes are character spans of <see cref="Text"/>, which is stored, so a quote can always be checked.
/// </summary>
public sealed class Passage
{
    /// <summary>Stable id: <c>{interview}:p{index}</c>, or the segment id when passages are segments.</summary>
    public required string Id { get; init; }

    public required string InterviewId { get; init; }

    public required int Index { get; init; }

    /// <summary>Ids of the segments the passage is made of, in order.</summary>
    public required IReadOnlyList<string> SegmentIds { get; init; }

    public string Speaker { get; init; } = "";

    public Transcripts.SpeakerRole Role { get; init; }

    /// <summary>The passage text in the original language: its segments' texts joined with single spaces.</summary>
    public required string Text { get; init; }

    /// <summary>The English text joined the same way; null when a segment has no English yet.</summary>
    public string? English { get; init; }

    public double? Start { get; init; }

    public double? End { get; init; }

    /// <summary>Trust flags of any of its segments: a flagged passage can be evidence only with the flag showing.</summary>
    public Transcripts.TrustFlags Flags { get; init; }
}
