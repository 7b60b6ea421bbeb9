namespace PreCoder.Reporting.Demographics;

/// <summary>The study's Table 1: every interview attribute summarised per value of <see cref="Attribute"/>.</summary>
public sealed record DemographicsTable(string Attribute, IReadOnlyList<string> Groups, IReadOnlyList<int> GroupSizes, IReadOnlyList<DemographicsRow> Rows);
