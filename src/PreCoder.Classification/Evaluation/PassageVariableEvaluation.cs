namespace PreCoder.Classification.Evaluation;

/// <summary>Passage-level agreement on one nominal variable: per-category precision/recall/F1 and their macro average.</summary>
public sealed record PassageVariableEvaluation(string VariableId, int Passages, double Accuracy, double MacroF1, IReadOnlyList<CategoryF1> Categories);
