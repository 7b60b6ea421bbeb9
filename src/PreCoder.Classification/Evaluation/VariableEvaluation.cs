namespace PreCoder.Classification.Evaluation;

/// <summary>Agreement on one variable across the held-out interviews.</summary>
public sealed record VariableEvaluation(string VariableId, string Category, AgreementFigures Figures);
