namespace PreCoder.Classification.Trained;

/// <summary>The <c>Classifiers:Trained</c> configuration section: how models are learned from a coder's codes.</summary>
public sealed class TrainerOptions
{
    public const string Section = "Classifiers:Trained";

    /// <summary>MLContext seed, so the same codes give the same model. The default value is 17.</summary>
    public int Seed { get; set; } = 17;

    /// <summary>L2 penalty of every logistic model; larger is smoother. The default value is 1.</summary>
    public float L2 { get; set; } = 1f;

    /// <summary>Quoted sentences a variable needs for a sentence model of its own; fewer share one model. The default value is 12.</summary>
    public int MinOwnQuotes { get; set; } = 12;

    /// <summary>Scored interviews a variable needs (with two levels seen) to learn a score model. The default value is 8.</summary>
    public int MinInterviews { get; set; } = 8;

    /// <summary>Missing codes a variable needs (and as many scores) to learn when the coder leaves it missing. The default value is 5.</summary>
    public int MinMissing { get; set; } = 5;

    /// <summary>
    /// Folds for cross-fitting: every training interview's evidence features come from sentence models that did not see
    /// its quotes, as they will for a new interview. The default value is 3.
    /// </summary>
    public int CrossFitFolds { get; set; } = 3;

    /// <summary>Unquoted sentences kept per quoted one when training sentence models (the rest are sampled out). The default value is 10.</summary>
    public int NegativesPerQuote { get; set; } = 10;

    /// <summary>
    /// Whether sentence models also read hashed word and character n-grams. Off by default: on the development data it
    /// did not raise sentence-level AUC and tripled training time (docs/classifier.md). The default value is false.
    /// </summary>
    public bool SentenceNgrams { get; set; }

    public void Validate()
    {
        if (CrossFitFolds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(CrossFitFolds), CrossFitFolds, $"{Section}:CrossFitFolds must be at least 2");
        }
        if (L2 < 0 || MinOwnQuotes < 1 || MinInterviews < 2 || MinMissing < 1 || NegativesPerQuote < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(L2), $"{Section}: L2 must be >= 0, MinOwnQuotes and MinMissing >= 1, MinInterviews >= 2, NegativesPerQuote >= 1");
        }
    }
}
