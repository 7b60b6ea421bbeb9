namespace PreCoder.Classification.Evaluation;

/// <summary>
/// One fold of a cross-validation: the held-out codes compared with the classifier trained on the other folds. Folds
/// are independent, so a run can keep the ones it finished and <see cref="ClassifierEvaluator.Summarise"/> them later.
/// </summary>
/// <param name="Fold">0-based fold index.</param>
/// <param name="HeldOut">Interviews held out in this fold.</param>
public sealed record FoldOutcome(int Fold, int HeldOut, string Classifier, string ModelVersion, IReadOnlyList<PairOutcome> Pairs, MissingFigures Missing);
