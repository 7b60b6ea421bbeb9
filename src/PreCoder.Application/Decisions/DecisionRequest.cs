namespace PreCoder.Application.Decisions;

/// <summary>One coder's decision on one interview and variable, as any host (CLI, sheet, workspace) expresses it.</summary>
public sealed record DecisionRequest(string Coder, string InterviewId, string VariableId, DecisionKind Kind)
{
    /// <summary>The score for <see cref="DecisionKind.Score"/>, as written (a value of the scale).</summary>
    public string? Score { get; init; }

    /// <summary>Why the variable is missing, for <see cref="DecisionKind.Missing"/>.</summary>
    public string? MissingReason { get; init; }

    /// <summary>Quotes to add as evidence; each must be found verbatim (whitespace aside) in the interview's transcript.</summary>
    public IReadOnlyList<string> AddQuotes { get; init; } = [];

    /// <summary>Quotes to remove from the current evidence, by their text.</summary>
    public IReadOnlyList<string> RemoveQuotes { get; init; } = [];

    public string? Note { get; init; }

    /// <summary>
    /// Optimistic concurrency: the id of the coder's latest decision on this unit the host showed (0 for none).
    /// When another session decided since, the decision is refused with a <see cref="DecisionConflictException"/>.
    /// Null skips the check (scripts, sheets).
    /// </summary>
    public long? ExpectedLatestDecisionId { get; init; }

    /// <summary>Where the decision came from, kept in the trail (e.g. a sheet's file name).</summary>
    public string? Source { get; init; }

    /// <summary>The line or row of <see cref="Source"/> the request came from, for one-line errors.</summary>
    public int? SourceLine { get; init; }
}
