namespace PreCoder.Core.Transcripts;

/// <summary>One timed piece of a transcript: a cue, a line, a row, or a recognised utterance.</summary>
public sealed class Segment
{
    /// <summary>Stable id, unique within the interview: the imported id when the source has one, else <c>s0001</c>...</summary>
    public required string Id { get; init; }

    public required string InterviewId { get; init; }

    /// <summary>Position in the transcript, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Start time in seconds from the start of the recording; null when the source has no timing.</summary>
    public double? Start { get; set; }

    public double? End { get; set; }

    /// <summary>The speaker label as the source gives it (or as a coder relabelled it).</summary>
    public string Speaker { get; set; } = "";

    public SpeakerRole Role { get; set; }

    /// <summary>ISO 639-1 code of <see cref="Text"/>, when known.</summary>
    public string? Language { get; set; }

    /// <summary>The text in the language it was spoken (or as imported).</summary>
    public required string Text { get; set; }

    /// <summary>The English text; equal to <see cref="Text"/> for English segments, null until translated.</summary>
    public string? English { get; set; }

    public TrustFlags Flags { get; set; }
}
