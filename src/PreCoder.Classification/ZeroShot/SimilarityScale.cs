namespace PreCoder.Classification.ZeroShot;

/// <summary>One variable's yardstick in the study: the median similarity and its spread, in similarity units.</summary>
public readonly record struct SimilarityScale(double Median, double Spread)
{
    /// <summary>How many standard deviations <paramref name="similarity"/> lies above the study's median for the variable.</summary>
    public double Z(double similarity) => (similarity - Median) / Spread;
}
