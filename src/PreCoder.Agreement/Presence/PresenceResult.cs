namespace PreCoder.Agreement;

/// <summary>
/// Presence (score &gt; 0) of a candidate coder scored against a reference coder on the units both coded.
/// Ratios whose denominator is 0 are NaN (e.g. <see cref="Precision"/> when the candidate never marks presence).
/// </summary>
/// <param name="TruePositives">Units both mark present.</param>
/// <param name="FalsePositives">Units the candidate marks present and the reference absent.</param>
/// <param name="FalseNegatives">Units the reference marks present and the candidate absent.</param>
/// <param name="TrueNegatives">Units both mark absent.</param>
public sealed record PresenceResult(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Gets the units both coders scored.</summary>
    public int Units => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>Gets TP / (TP + FP); NaN when the candidate marks nothing present.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Gets TP / (TP + FN); NaN when the reference marks nothing present.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Gets 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall; NaN when neither coder marks anything present.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
