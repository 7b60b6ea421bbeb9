namespace PreCoder.Reporting.Demographics;

/// <summary>One attribute: numeric when every known value is a number, else categorical.</summary>
public sealed record DemographicsRow(string Attribute, bool IsNumeric, IReadOnlyList<DemographicsCell> Cells);
