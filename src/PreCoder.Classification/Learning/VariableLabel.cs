using PreCoder.Core.Coding;

namespace PreCoder.Classification.Learning;

/// <summary>
/// One coder's code of one interview on one variable, as training reads it, with the quotes the coder turned down for it
/// (<see cref="RejectedQuote"/>).
/// </summary>
public sealed record VariableLabel(string InterviewId, Score Score, IReadOnlyList<EvidenceQuote> Evidence, IReadOnlyList<EvidenceQuote>? Rejected = null);
