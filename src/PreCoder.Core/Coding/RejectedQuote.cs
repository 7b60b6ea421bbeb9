namespace PreCoder.Core.Coding;

/// <summary>
/// A quote a coder was shown or cited for a unit and no longer keeps as evidence: a suggestion's quote they rejected or
/// scored away, or one they removed from their own code. Training reads it as a sentence that is known not to be
/// evidence of the variable in that interview.
/// </summary>
public sealed record RejectedQuote(string InterviewId, string VariableId, EvidenceQuote Quote);
