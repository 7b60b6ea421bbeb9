namespace PreCoder.Web.Api;

/// <summary>The JSON body of <c>POST /api/interviews/{id}/speakers</c>: one speaker's new label and role.</summary>
public sealed class SpeakerBody
{
    /// <summary>The speaker's label as the transcript has it now.</summary>
    public string Speaker { get; set; } = "";

    /// <summary>The new label; null or empty keeps the label and only sets the role.</summary>
    public string? Label { get; set; }

    /// <summary>interviewee, interviewer or translator; null to guess from the label, as import does.</summary>
    public string? Role { get; set; }

    public PreCoder.Application.Transcripts.SpeakerRelabelRequest ToRequest(string interviewId) => new(interviewId, Speaker)
    {
        NewLabel = string.IsNullOrWhiteSpace(Label) ? null : Label,
        Role = string.IsNullOrWhiteSpace(Role) ? null : Role,
    };
}
