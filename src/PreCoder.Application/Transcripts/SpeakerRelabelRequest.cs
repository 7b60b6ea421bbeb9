namespace PreCoder.Application.Transcripts;

/// <summary>Rename one speaker of an interview and set their role; <see cref="PassageMode"/> is <c>window</c> or <c>segment</c>, null for the settings.</summary>
public sealed record SpeakerRelabelRequest(string InterviewId, string Speaker)
{
    public string? NewLabel { get; init; }

    /// <summary>interviewee, interviewer or translator; null to guess from the new label.</summary>
    public string? Role { get; init; }

    public string? PassageMode { get; init; }
}
