namespace PreCoder.Classification.Evaluation;

/// <summary>
/// One held-out code: the coder's score, the machine's, its confidence and, where the coder quoted, the token F1 of the
/// machine's quotes and of two baselines: quoting the whole passages the machine quoted from, and quoting the single
/// sentence nearest the codebook's description (zero-shot).
/// </summary>
public sealed record PairOutcome(
    string InterviewId,
    string? PassageId,
    string VariableId,
    double Human,
    double Machine,
    double Confidence,
    double? EvidenceF1,
    double? WholePassageF1 = null,
    double? NearestSentenceF1 = null)
{
    public bool Exact => Human == Machine;
}
