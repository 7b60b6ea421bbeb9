namespace PreCoder.Application.Payoff;

/// <summary>
/// How one coder answered the machine's suggestions on one variable (or on all, when <see cref="VariableId"/> is null):
/// of the units whose current code answers a suggestion, how many kept its score, moved it one point, moved it more,
/// marked the variable missing, or rejected it.
/// </summary>
public sealed record PayoffRow(string Coder, string? VariableId, string VariableName, int Answered, int Unchanged, int ChangedByOne, int ChangedByMore, int Missing, int Rejected)
{
    public double Share(int count) => Answered == 0 ? 0 : (double)count / Answered;
}
