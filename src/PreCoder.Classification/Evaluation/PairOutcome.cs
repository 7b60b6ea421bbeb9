namespace PreCoder.Classification.Evaluation;

/// <summary>One held-out code: the coder's score, the machine's, its confidence and, where the coder quoted, the quotes' token F1.</summary>
public sealed record PairOutcome(string InterviewId, string? PassageId, string VariableId, double Human, double Machine, double Confidence, double? EvidenceF1)
{
    public bool Exact => Human == Machine;
}
