namespace PreCoder.Classification.Trained;

/// <summary>
/// What a coder's cited evidence for one variable looks like: the mean vector of the spans they quoted, with the median
/// and spread of its similarity to all training spans, so a span's similarity can be read as a z value.
/// </summary>
public sealed record EvidenceCentroid(float[] Vector, double Median, double Spread, int Quotes)
{
    public double Z(double similarity) => (similarity - Median) / Spread;
}
