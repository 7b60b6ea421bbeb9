namespace PreCoder.Classification.Evaluation;

/// <summary>
/// Machine-versus-coder agreement over a set of held-out codes. Coefficients are null when undefined (one category
/// throughout, or too few units), never a made-up number.
/// </summary>
/// <param name="MacroF1">The mean F1 over the scale's levels that occur in either coder's scores.</param>
/// <param name="WholePassageTokenF1">Evidence baseline: quoting the whole passages the machine quoted from.</param>
/// <param name="NearestSentenceTokenF1">Evidence baseline: quoting the one sentence nearest the codebook's description.</param>
public sealed record AgreementFigures(
    int Units,
    double ExactAgreement,
    double? QuadraticKappa,
    double? KrippendorffOrdinalAlpha,
    double? PresencePrecision,
    double? PresenceRecall,
    double? PresenceF1,
    double? EvidenceTokenF1,
    int EvidencePairs,
    double? MacroF1 = null,
    double? WholePassageTokenF1 = null,
    double? NearestSentenceTokenF1 = null);
