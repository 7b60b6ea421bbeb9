namespace PreCoder.Classification.Evaluation;

/// <summary>One fold of a <see cref="ClassifierComparison"/>: the classifier and its baselines on the same held-out interviews.</summary>
public sealed record FoldComparison(FoldOutcome Main, FoldOutcome BaseRate, FoldOutcome? ZeroShot);
