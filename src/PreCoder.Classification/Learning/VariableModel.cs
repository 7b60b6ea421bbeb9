namespace PreCoder.Classification.Learning;

/// <summary>
/// Everything learned for one interview-level variable from one coder: how its sentences score as evidence, which
/// interview features its score model reads, the score model, when the coder leaves it missing, and the coder's base
/// rate. Kept as JSON inside the trained model's zip.
/// </summary>
public sealed record VariableModel
{
    public required string VariableId { get; init; }

    public required VariableModelKind Kind { get; init; }

    public required SentenceSource Sentences { get; init; }

    /// <summary>The variable's own sentence model; null unless <see cref="Sentences"/> is <see cref="SentenceSource.Own"/>.</summary>
    public LinearModel? SentenceModel { get; init; }

    public FeatureSet Features { get; init; }

    public ScaleModel? Scale { get; init; }

    /// <summary>"The coder leaves this variable missing here", learned where the coder did (topic not reached, interview cut short).</summary>
    public LinearModel? Missing { get; init; }

    /// <summary>The coder's share of each level (<see cref="Levels"/> order) in training: the base rate.</summary>
    public required double[] Levels { get; init; }

    public required double[] BaseRates { get; init; }

    /// <summary>Interviews the coder scored on this variable (missing not counted).</summary>
    public required int Interviews { get; init; }

    public int MissingCodes { get; init; }

    /// <summary>Sentences the coder quoted for this variable, found in the transcripts.</summary>
    public int QuotedSentences { get; init; }

    /// <summary>In a small study, the learned score model's cross-validated agreement with the coder (mean of macro-F1 and quadratic kappa); set when it was compared with the zero-shot reading.</summary>
    public double? LearnedAgreement { get; init; }

    /// <summary>The zero-shot reading's agreement on the same interviews, when compared.</summary>
    public double? ZeroShotAgreement { get; init; }

    /// <summary>The most common level: what always guessing the base rate would propose.</summary>
    public double Majority => Levels.Length == 0 ? 0 : Levels[Array.IndexOf(BaseRates, BaseRates.Max())];
}
