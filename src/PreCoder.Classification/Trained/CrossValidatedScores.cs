namespace PreCoder.Classification.Trained;

/// <summary>
/// The headline figures of a k-fold evaluation, kept in a trained model's metadata. A figure is null when the folds
/// gave nothing to compute it from (interview-level figures for a coder who coded passages only, say).
/// </summary>
/// <param name="PassageMacroF1">The mean macro-F1 over the passage-level variables, when there are any.</param>
public sealed record CrossValidatedScores(
    int Folds,
    double? QuadraticKappa,
    double? KrippendorffOrdinalAlpha,
    double? PresenceF1,
    double? ExactAgreement,
    double? EvidenceTokenF1,
    double? PassageMacroF1 = null)
{
    /// <summary>Null instead of NaN or infinity, which JSON cannot hold.</summary>
    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
