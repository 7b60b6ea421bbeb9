namespace PreCoder.Application.Workspace;

/// <summary>
/// One variable of the interview page for one coder: the codebook's text, the suggestion (unless hidden from the coder),
/// the coder's own code and note, and other coders' codes (unless the coder is blind). <see cref="LatestDecisionId"/> is
/// what the page sends back with a decision so that a stale tab gets a conflict instead of overwriting.
/// </summary>
public sealed record VariableView(
    string Id,
    string Name,
    string Category,
    string Definition,
    IReadOnlyList<LevelView> Levels,
    SuggestionView? Suggestion,
    CodeView? Mine,
    string? Note,
    long LatestDecisionId,
    IReadOnlyList<CodeView> Others)
{
    public bool IsDecided => Mine is not null;

    /// <summary>
    /// What to type for a variable without fixed levels (a number and its range, or an open list's labels), shown beside
    /// the value box; null for variables coded by picking a level.
    /// </summary>
    public string? EntryHint { get; init; }

    /// <summary>True for an open list of labels (nationality), which codes cannot hold yet: the page offers a note instead.</summary>
    public bool IsOpenList { get; init; }
}
