using PreCoder.Core.Codebooks;
using PreCoder.Core.Transcripts;

namespace PreCoder.Classification.ZeroShot;

/// <summary>Whose passages a variable is read from. Passages of unknown role count as the interviewee's (unlabelled transcripts).</summary>
public static class RoleMatch
{
    public static bool Accepts(RoleFilter filter, SpeakerRole role) => filter switch
    {
        RoleFilter.Interviewer => role == SpeakerRole.Interviewer,
        RoleFilter.Any => true,
        _ => role is SpeakerRole.Interviewee or SpeakerRole.Unknown,
    };
}
