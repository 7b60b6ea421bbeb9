namespace PreCoder.Web.Api;

/// <summary>The JSON body of <c>POST /api/interviews/{id}/decisions</c>.</summary>
public sealed class DecisionBody
{
    public string Variable { get; set; } = "";

    public DecisionKind Kind { get; set; }

    public string? Score { get; set; }

    public string? MissingReason { get; set; }

    public string? Note { get; set; }

    public string[] AddQuotes { get; set; } = [];

    public string[] RemoveQuotes { get; set; } = [];

    /// <summary>The coder's latest decision id on the unit as the client last saw it (0 for none).</summary>
    public long ExpectedLatestDecisionId { get; set; }

    /// <summary>
    /// Optional, and never used to record: decisions are always the signed-in coder's. A body naming someone else is
    /// refused, so a script that means to write as another coder learns it cannot.
    /// </summary>
    public string? Coder { get; set; }

    public WorkspaceDecision ToDecision(string interviewId) => new(interviewId, Variable, Kind, ExpectedLatestDecisionId)
    {
        Score = Score,
        MissingReason = MissingReason,
        Note = Note,
        AddQuotes = AddQuotes,
        RemoveQuotes = RemoveQuotes,
    };
}
