namespace PreCoder.Reporting.Timepoints;

/// <summary>
/// The change from one timepoint to the next in one group: the mean of (later - earlier) over the <see cref="N"/>
/// interviews coded at both, so a change is never an artefact of different people missing at each point.
/// </summary>
public sealed record TimepointChange(string Group, string From, string To, int N, double MeanChange);
