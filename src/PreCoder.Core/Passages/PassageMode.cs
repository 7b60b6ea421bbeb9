namespace PreCoder.Core.Passages;

/// <summary>How a transcript is split into passages.</summary>
public enum PassageMode
{
    /// <summary>
    /// One speaker's turn, merged from consecutive segments or split at sentence boundaries to about
    /// <see cref="PassageOptions.TargetWords"/> words. Interviewer turns become their own passages: context for the
    /// interviewee's answer, not evidence.
    /// </summary>
    Window = 0,
    /// <summary>One passage per imported segment, keeping the segment id as the passage id (segment-level coding).</summary>
    Segment = 1,
}
