namespace PreCoder.Application.Workspace;

/// <summary>
/// A decision as the workspace sends it: the coder is never part of it, it is who is signed in, so nobody can write
/// another coder's decisions.
/// </summary>
public sealed record WorkspaceDecision(string InterviewId, string VariableId, Decisions.DecisionKind Kind, long ExpectedLatestDecisionId)
{
    public string? Score { get; init; }

    public string? MissingReason { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<string> AddQuotes { get; init; } = [];

    public IReadOnlyList<string> RemoveQuotes { get; init; } = [];
}
