namespace PreCoder.Classification.Evaluation;

/// <summary>What <c>evaluate</c> reports: k-fold by interview, machine against one coder, overall and per variable.</summary>
public sealed record EvaluationReport(
    string Classifier,
    string ModelVersion,
    string Coder,
    int Folds,
    int Interviews,
    AgreementFigures Overall,
    IReadOnlyList<VariableEvaluation> Variables,
    IReadOnlyList<PassageVariableEvaluation> PassageVariables,
    IReadOnlyList<PairOutcome> Pairs);
