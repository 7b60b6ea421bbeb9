using PreCoder.Classification.Evaluation;

namespace PreCoder.Application.Evaluation;

/// <summary>A comparison or a learning curve, with what the caller should tell the user.</summary>
public sealed record EvaluationOutcome(ClassifierComparison? Comparison, LearningCurve? Curve, IReadOnlyList<string> Notes);
