using PreCoder.Core.Codebooks;
using PreCoder.Reporting.Demographics;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyTables;
using PreCoder.Reporting.Timepoints;

namespace PreCoder.Reporting.StudyReports;

/// <summary>Builds every table of a <see cref="StudyReport"/> from the codebook, the interviews and one code source.</summary>
public static class StudyReportBuilder
{
    /// <param name="timepointCategory">The category whose variables are timepoints in codebook order; no timepoint table when the codebook has no such category.</param>
    public static StudyReport Build(string attribute, Codebook codebook, IReadOnlyList<StudyInterview> interviews, CodeSource codes, string timepointCategory = TimepointBuilder.RadicalizationCategory)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var timepoints = codebook.Variables.Where(v => v.Category.Equals(timepointCategory, StringComparison.OrdinalIgnoreCase) && v.Scale.Kind is ScaleKind.Ordinal or ScaleKind.Numeric).ToArray();
        var categoryName = codebook.Categories.FirstOrDefault(c => c.Id.Equals(timepointCategory, StringComparison.OrdinalIgnoreCase))?.Name ?? timepointCategory;
        return new StudyReport(
            attribute,
            codes.Description,
            DemographicsBuilder.Build(attribute, interviews),
            // Timepoint variables get their own table; as "% mentioned" they would read as prevalence of radicalization.
            StudyTableBuilder.Build(attribute, codebook.Variables.Where(v => !timepoints.Contains(v)).ToArray(), interviews, codes),
            timepoints.Length >= 2 ? TimepointBuilder.Build(categoryName, attribute, timepoints, interviews, codes) : null,
            codebook.Categories.ToDictionary(c => c.Id, c => c.Name));
    }
}
