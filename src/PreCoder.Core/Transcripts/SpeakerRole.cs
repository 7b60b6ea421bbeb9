namespace PreCoder.Core.Transcripts;

/// <summary>The part a speaker plays in an interview. Coding is about what the interviewee says.</summary>
public enum SpeakerRole
{
    Unknown = 0,
    Interviewee = 1,
    Interviewer = 2,
    Translator = 3,
}
