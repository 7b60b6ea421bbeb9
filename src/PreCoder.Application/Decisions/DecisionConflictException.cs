namespace PreCoder.Application.Decisions;

/// <summary>Another session decided on the same unit since the host last showed it; nothing was written.</summary>
public sealed class DecisionConflictException(string interviewId, string variableId, long latestDecisionId)
    : Exception($"{interviewId}/{variableId}: changed in another session since you opened it; reload to see the current code")
{
    public string InterviewId { get; } = interviewId;

    public string VariableId { get; } = variableId;

    public long LatestDecisionId { get; } = latestDecisionId;
}
