namespace PreCoder.Classification.Evaluation;

/// <summary>One point of a learning curve: agreement on the held-out folds when each fold trained on <see cref="TrainingInterviews"/> coded interviews.</summary>
public sealed record LearningCurvePoint(int TrainingInterviews, EvaluationReport Trained, EvaluationReport BaseRate);
