namespace PreCoder.Classification.Evaluation;

/// <summary>What <c>evaluate</c> reports: k-fold by interview, machine against one coder, overall and per variable.</summary>
/// <param name="TrainingInterviews">The learning-curve point's training size; null when each fold trained on all its interviews.</param>
public sealed record EvaluationReport(
    string Classifier,
    string ModelVersion,
    string Coder,
    int Folds,
    int Interviews,
    AgreementFigures Overall,
    IReadOnlyList<VariableEvaluation> Variables,
    IReadOnlyList<PassageVariableEvaluation> PassageVariables,
    IReadOnlyList<PairOutcome> Pairs,
    MissingFigures? Missing = null,
    int? TrainingInterviews = null);
