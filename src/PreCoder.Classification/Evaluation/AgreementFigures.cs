namespace PreCoder.Classification.Evaluation;

/// <summary>
/// Machine-versus-coder agreement over a set of held-out codes. Coefficients are null when undefined (one category
/// throughout, or too few units), never a made-up number.
/// </summary>
public sealed record AgreementFigures(
    int Units,
    double ExactAgreement,
    double? QuadraticKappa,
    double? KrippendorffOrdinalAlpha,
    double? PresencePrecision,
    double? PresenceRecall,
    double? PresenceF1,
    double? EvidenceTokenF1,
    int EvidencePairs);
