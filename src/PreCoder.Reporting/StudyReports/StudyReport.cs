using PreCoder.Reporting.Demographics;
using PreCoder.Reporting.StudyTables;
using PreCoder.Reporting.Timepoints;

namespace PreCoder.Reporting.StudyReports;

/// <summary>
/// All of the study's result tables by one attribute, from one <see cref="Source"/>: demographics (Table 1), score
/// tables per category (% mentioned and average, Tables 3-5, 7, 9), presence-only tables for binary variables
/// (Tables 6 and 8) and the timepoint table (radicalization before, at peak, now).
/// </summary>
/// <param name="Source">Whose codes, e.g. "coder ayse" or "consensus of ayse, jonas (...)".</param>
/// <param name="CategoryNames">Category id -> name, for headings.</param>
public sealed record StudyReport(
    string Attribute,
    string Source,
    DemographicsTable Demographics,
    StudyTable Scores,
    TimepointTable? Timepoints,
    IReadOnlyDictionary<string, string> CategoryNames)
{
    public IReadOnlyList<string> Groups => Demographics.Groups;

    /// <summary>The category's name, or its id when the codebook has none.</summary>
    public string CategoryName(string id) => CategoryNames.TryGetValue(id, out var name) ? name : id;
}
