namespace PreCoder.Core.Coding;

/// <summary>
/// One row of the append-only audit trail: who coded what, when, and how. Rows are never updated or deleted;
/// a coder's current code for a unit is the outcome of their latest row for it.
/// </summary>
public sealed class CodeDecision
{
    public long Id { get; init; }

    public required string InterviewId { get; init; }

    /// <summary>Null for interview-level codes (one score per interview and variable, as in the seed study).</summary>
    public string? PassageId { get; init; }

    public required string VariableId { get; init; }

    /// <summary>The codebook version the code was made under.</summary>
    public required int CodebookVersion { get; init; }

    public required string CoderId { get; init; }

    public required DecisionAction Action { get; init; }

    /// <summary>The resulting value; missing for <see cref="DecisionAction.MarkMissing"/>, ignored for Reject and Note.</summary>
    public double? Value { get; init; }

    public string? MissingReason { get; init; }

    /// <summary>The suggestion the decision answers, for Accept, Reject and Edit.</summary>
    public long? SuggestionId { get; init; }

    /// <summary>
    /// The model version of the answered suggestion, kept here because suggestions are replaced when a study is pre-coded
    /// again: training must still know which model a coder accepted, changed or rejected.
    /// </summary>
    public string? SuggestionModelVersion { get; init; }

    /// <summary>The coder's value for the unit before this decision (null when they had none or it was missing).</summary>
    public double? PreviousValue { get; init; }

    /// <summary>The missing reason before this decision, when the coder's previous code was missing.</summary>
    public string? PreviousMissingReason { get; init; }

    public IReadOnlyList<EvidenceQuote> Evidence { get; init; } = [];

    /// <summary>The coder's own words about the unit; never provenance, which is <see cref="Source"/>.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Where the decision came from when its coder did not make it by hand in the workspace or with <c>decide</c>: the
    /// codes file, sheet or QDPX project it was imported from, a reconciliation, the re-anchoring of its evidence.
    /// Null for a decision made by hand.
    /// </summary>
    public string? Source { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>True when this action leaves the coder with a code (value or missing) for the unit.</summary>
    public bool SetsCode => Sets(Action);

    /// <summary>True when this action clears the coder's code for the unit.</summary>
    public bool ClearsCode => Action is DecisionAction.Reject;

    public Score Score => new(Value, MissingReason);

    /// <summary>True when a decision with this action leaves the coder with a code (value or missing) for the unit.</summary>
    public static bool Sets(DecisionAction action) =>
        action is DecisionAction.Set or DecisionAction.Accept or DecisionAction.Edit or DecisionAction.MarkMissing or DecisionAction.Suggest;
}
