namespace PreCoder.Reporting.Demographics;

/// <summary>One attribute in one group: a numeric summary or category shares, never both.</summary>
public sealed record DemographicsCell(string Group, int GroupSize, NumericSummary? Numeric, IReadOnlyList<CategoryShare> Shares);
