namespace PreCoder.Reporting.Timepoints;

/// <summary>A variable measured at several timepoints (the study's radicalization before joining, at peak and at interview).</summary>
/// <param name="Name">The category's name, e.g. "Radicalization level".</param>
/// <param name="Timepoints">The variables in time order: (id, name).</param>
/// <param name="Means">Per timepoint (outer, in order) the cell of each group.</param>
/// <param name="Changes">Per consecutive pair of timepoints, the change in each group.</param>
public sealed record TimepointTable(
    string Name,
    IReadOnlyList<string> Groups,
    IReadOnlyList<(string Id, string Name)> Timepoints,
    IReadOnlyList<IReadOnlyList<TimepointCell>> Means,
    IReadOnlyList<IReadOnlyList<TimepointChange>> Changes);
