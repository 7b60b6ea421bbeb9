namespace PreCoder.Classification.Learning;

/// <summary>Which interview features a variable's score model reads; chosen per variable by cross-validation in training.</summary>
public enum FeatureSet
{
    /// <summary>How the interview's sentences score as evidence: the strongest one, the top few, how many clear the bar, and the zero-shot reading.</summary>
    Evidence = 0,

    /// <summary>The evidence features plus the interview's sentence vectors pooled twice: weighted by evidence score, and plain mean.</summary>
    EvidenceAndText = 1,
}
