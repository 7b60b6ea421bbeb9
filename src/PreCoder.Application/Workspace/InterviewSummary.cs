namespace PreCoder.Application.Workspace;

/// <summary>One row of the interview list: the interview and each visible coder's progress on it.</summary>
public sealed record InterviewSummary(string InterviewId, int Passages, IReadOnlyList<CoderProgress> Progress);
