namespace PreCoder.Reporting.Timepoints;

/// <summary>The mean score at one timepoint in one group, over the <see cref="N"/> interviews coded there.</summary>
public sealed record TimepointCell(string Group, int N, int Missing, double Mean);
