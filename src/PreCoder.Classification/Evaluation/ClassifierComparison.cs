namespace PreCoder.Classification.Evaluation;

/// <summary>
/// A classifier's cross-validation beside the two baselines on the same folds: the coder's base rate (majority class)
/// and the zero-shot classifier (null when the classifier evaluated is the zero-shot one), with the reliability of its
/// confidence.
/// </summary>
public sealed record ClassifierComparison(EvaluationReport Main, EvaluationReport BaseRate, EvaluationReport? ZeroShot, Reliability Reliability)
{
    /// <summary>Interview-level variables where the classifier is not better than always proposing the coder's most common code.</summary>
    public IReadOnlyList<string> NotBetterThanBaseRate => Main.Variables
        .Where(v => BaseRate.Variables.FirstOrDefault(b => b.VariableId == v.VariableId) is { } b
                    && ((v.Figures.QuadraticKappa ?? 0) <= (b.Figures.QuadraticKappa ?? 0) || (v.Figures.MacroF1 ?? 0) <= (b.Figures.MacroF1 ?? 0)))
        .Select(v => v.VariableId)
        .ToArray();
}
