namespace PreCoder.Reporting.Demographics;

/// <summary>A numeric attribute in one group: mean, sample SD (n - 1) and range of the <see cref="N"/> known values.</summary>
/// <param name="N">Interviews with a value (the mean rests on these).</param>
/// <param name="Missing">Interviews in the group without a value.</param>
public sealed record NumericSummary(int N, int Missing, double Mean, double StandardDeviation, double Min, double Max);
