using System.Globalization;
using PreCoder.Reporting.Demographics;
using PreCoder.Reporting.StudyTables;
using PreCoder.Reporting.Timepoints;

namespace PreCoder.Reporting.StudyReports;

/// <summary>
/// Lays a <see cref="StudyReport"/> out as the study prints it: percentages with one decimal and a % sign, averages
/// with two, N/A where a variable does not apply, "-" where nobody in the group was coded, and an n column per group
/// ("175 (7 missing)") so every figure shows what it rests on.
/// </summary>
public static class StudyReportGrids
{
    public const string NotApplicable = "N/A";

    public static IReadOnlyList<ReportGrid> Build(StudyReport report)
    {
        var grids = new List<ReportGrid> { Demographics(report.Demographics) };
        foreach (var category in report.Scores.Rows.GroupBy(r => r.Category))
        {
            grids.Add(category.All(r => r.PresenceOnly)
                ? Presence(report.CategoryName(category.Key), report.Scores.Groups, category.ToArray())
                : Scores(report.CategoryName(category.Key), report.Scores.Groups, category.ToArray()));
        }

        if (report.Timepoints is { } t)
        {
            grids.Add(Timepoints(t));
        }

        return grids;
    }

    public static string Percent(double value) => double.IsNaN(value) ? "-" : value.ToString("F1", CultureInfo.InvariantCulture) + "%";

    public static string Average(double value) => double.IsNaN(value) ? "-" : value.ToString("F2", CultureInfo.InvariantCulture);

    private static ReportGrid Demographics(DemographicsTable table)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row.Cells)
            {
                if (cell.Numeric is { } n)
                {
                    rows.Add([row.Attribute, cell.Group, Average(n.Mean), Average(n.StandardDeviation), n.N == 0 ? "-" : $"{Number(n.Min)}-{Number(n.Max)}", N(n.N, n.Missing)]);
                }
                else
                {
                    var shares = string.Join("; ", cell.Shares.Select(s => $"{Percent(s.Percent)} {s.Value ?? "unknown"}"));
                    rows.Add([row.Attribute, cell.Group, shares, "", "", cell.GroupSize.ToString(CultureInfo.InvariantCulture)]);
                }
            }
        }

        var groups = string.Join(", ", table.Groups.Zip(table.GroupSizes).Select(g => $"{g.First} n={g.Second}"));
        return new ReportGrid($"Demographics by {table.Attribute} ({groups})", "demographics", ["Demographic", table.Attribute, "Mean", "Standard Deviation", "Range", "n"], rows);
    }

    private static ReportGrid Scores(string title, IReadOnlyList<string> groups, StudyTableRow[] rows)
    {
        string[] header = ["Variable", .. groups.Select(g => $"{g} Mentioned"), .. groups.Select(g => $"{g} Average Score"), .. groups.Select(g => $"{g} n")];
        var lines = rows.Select(r => (IReadOnlyList<string>)
        [
            r.VariableName,
            .. r.Cells.Select(c => c.Applicable ? Percent(c.MentionedPercent) : NotApplicable),
            // A binary variable in a Likert table has no meaningful average, as the study leaves it blank.
            .. r.Cells.Select(c => !c.Applicable ? NotApplicable : r.PresenceOnly ? "" : Average(c.AverageScore)),
            .. r.Cells.Select(c => c.Applicable ? N(c.Coded, c.Missing) : NotApplicable),
        ]).ToArray();
        return new ReportGrid(title, "scores", header, lines);
    }

    private static ReportGrid Presence(string title, IReadOnlyList<string> groups, StudyTableRow[] rows)
    {
        string[] header = ["Variable", .. groups.Select(g => $"{g} Reported"), .. groups.Select(g => $"{g} n")];
        var lines = rows.Select(r => (IReadOnlyList<string>)
        [
            r.VariableName,
            .. r.Cells.Select(c => c.Applicable ? Percent(c.MentionedPercent) : NotApplicable),
            .. r.Cells.Select(c => c.Applicable ? N(c.Coded, c.Missing) : NotApplicable),
        ]).ToArray();
        return new ReportGrid(title, "presence", header, lines);
    }

    private static ReportGrid Timepoints(TimepointTable t)
    {
        string[] header = ["Timepoint", .. t.Groups.Select(g => $"{g} Mean"), .. t.Groups.Select(g => $"{g} n")];
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < t.Timepoints.Count; i++)
        {
            rows.Add([t.Timepoints[i].Name, .. t.Means[i].Select(c => Average(c.Mean)), .. t.Means[i].Select(c => N(c.N, c.Missing))]);
        }

        for (var i = 0; i < t.Changes.Count; i++)
        {
            var label = $"Change: {t.Timepoints[i].Name} to {t.Timepoints[i + 1].Name}";
            rows.Add([label, .. t.Changes[i].Select(c => double.IsNaN(c.MeanChange) ? "-" : c.MeanChange.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)), .. t.Changes[i].Select(c => c.N.ToString(CultureInfo.InvariantCulture))]);
        }

        return new ReportGrid(t.Name, "timepoints", header, rows);
    }

    private static string N(int n, int missing) =>
        missing == 0 ? n.ToString(CultureInfo.InvariantCulture) : $"{n} ({missing} missing)";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
