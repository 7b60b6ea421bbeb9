namespace PreCoder.Core.Coding;

/// <summary>A coder's current code for one unit, as the long-format export shows it.</summary>
public sealed record CodeRecord(
    string InterviewId,
    string? PassageId,
    string VariableId,
    string CoderId,
    Score Score,
    IReadOnlyList<EvidenceQuote> Evidence);
