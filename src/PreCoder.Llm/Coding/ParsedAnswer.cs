namespace PreCoder.Llm.Coding;

/// <summary>What survived strict parsing and verification of one answer, and every problem found.</summary>
public sealed record ParsedAnswer(IReadOnlyDictionary<string, VariableAnswer> Valid, IReadOnlyList<AnswerProblem> Problems)
{
    /// <summary>Requested variables without a valid answer.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> requested) => requested.Where(v => !Valid.ContainsKey(v)).ToArray();

    /// <summary>The reasons recorded for a variable that has no valid answer.</summary>
    public string ReasonFor(string variableId)
    {
        // Problems with the whole answer come first: "named a variable outside the category" explains "no answer".
        var reasons = Problems.Where(p => p.VariableId is null || p.VariableId == variableId).Select(p => p.Reason).Distinct().ToArray();
        return reasons.Length > 0 ? string.Join("; ", reasons) : "no answer for the variable";
    }
}
