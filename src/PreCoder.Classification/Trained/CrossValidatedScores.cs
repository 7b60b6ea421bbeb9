namespace PreCoder.Classification.Trained;

/// <summary>The headline figures of a k-fold evaluation, kept in a trained model's metadata.</summary>
public sealed record CrossValidatedScores(int Folds, double QuadraticKappa, double KrippendorffOrdinalAlpha, double PresenceF1, double ExactAgreement, double? EvidenceTokenF1);
