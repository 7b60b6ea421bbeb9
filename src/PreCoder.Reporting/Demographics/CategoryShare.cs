namespace PreCoder.Reporting.Demographics;

/// <summary>One value of a categorical attribute in one group: how many interviews have it and their share of the group.</summary>
/// <param name="Value">The attribute value; null for interviews without one (listed last, so shares add up to 100%).</param>
/// <param name="Percent">Share of every interview in the group, as the study's Table 1 prints it.</param>
public sealed record CategoryShare(string? Value, int Count, double Percent);
