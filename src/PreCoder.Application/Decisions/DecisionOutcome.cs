using PreCoder.Core.Coding;

namespace PreCoder.Application.Decisions;

/// <summary>What a decision did: the row appended to the trail, or none when it repeated the coder's current code.</summary>
public sealed record DecisionOutcome(CodeDecision? Recorded, Score? CurrentScore, IReadOnlyList<EvidenceQuote> CurrentEvidence)
{
    public bool Changed => Recorded is not null;
}
