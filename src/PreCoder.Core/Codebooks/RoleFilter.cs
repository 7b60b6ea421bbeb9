namespace PreCoder.Core.Codebooks;

/// <summary>Whose passages a variable is coded on.</summary>
public enum RoleFilter
{
    Interviewee = 0,
    Interviewer = 1,
    Any = 2,
}
