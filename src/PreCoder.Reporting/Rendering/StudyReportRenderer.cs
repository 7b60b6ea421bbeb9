using System.Globalization;
using System.Text.Json;
using PreCoder.Reporting.StudyReports;

namespace PreCoder.Reporting.Rendering;

/// <summary>
/// Writes a <see cref="StudyReport"/>: Markdown and HTML show the printed tables (<see cref="StudyReportGrids"/>), HTML
/// adds a bar chart of % mentioned per category; CSV is tidy (one figure per line, for R and pandas); JSON is the
/// figures with their n. <see cref="StudyReportXlsx"/> writes the same printed tables, one sheet each.
/// </summary>
public static class StudyReportRenderer
{
    private static readonly string[] CsvColumns = ["table", "section", "variable", "variable_name", "group", "statistic", "value", "n", "missing"];

    public static void Render(StudyReport report, ReportFormat format, TextWriter writer)
    {
        switch (format)
        {
            case ReportFormat.Md: Markdown(report, writer); break;
            case ReportFormat.Csv: Csv(report, writer); break;
            case ReportFormat.Json: Json(report, writer); break;
            default: Html(report, writer); break;
        }
    }

    public static void Markdown(StudyReport report, TextWriter w)
    {
        w.WriteLine($"# Results by {Fmt.Md(report.Attribute)}");
        w.WriteLine();
        w.WriteLine($"Codes: {Fmt.Md(report.Source)}. Percentages and averages exclude missing codes; n is what each rests on. N/A: the variable does not apply to the group. -: nobody in the group was coded.");
        foreach (var grid in StudyReportGrids.Build(report))
        {
            w.WriteLine();
            w.WriteLine($"## {Fmt.Md(grid.Title)}");
            w.WriteLine();
            w.WriteLine($"| {string.Join(" | ", grid.Header.Select(Fmt.Md))} |");
            w.WriteLine($"|---|{string.Concat(grid.Header.Skip(1).Select(_ => "---:|"))}");
            foreach (var row in grid.Rows)
            {
                w.WriteLine($"| {string.Join(" | ", row.Select(Fmt.Md))} |");
            }
        }
    }

    public static void Html(StudyReport report, TextWriter w)
    {
        w.WriteLine($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Results by {Fmt.Html(report.Attribute)}</title>");
        w.WriteLine("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}td{text-align:right}td:first-child{text-align:left}</style></head><body>");
        w.WriteLine($"<h1>Results by {Fmt.Html(report.Attribute)}</h1><p>Codes: {Fmt.Html(report.Source)}. Percentages and averages exclude missing codes; n is what each rests on. N/A: the variable does not apply to the group.</p>");
        foreach (var grid in StudyReportGrids.Build(report))
        {
            w.WriteLine($"<h2>{Fmt.Html(grid.Title)}</h2>");
            if (grid.Kind is "scores" or "presence")
            {
                var rows = report.Scores.Rows.Where(r => report.CategoryName(r.Category) == grid.Title).ToArray();
                w.WriteLine(BarChartSvg.Render(report.Scores.Groups, rows));
            }

            w.WriteLine($"<table><tr>{string.Concat(grid.Header.Select(h => $"<th>{Fmt.Html(h)}</th>"))}</tr>");
            foreach (var row in grid.Rows)
            {
                w.WriteLine($"<tr>{string.Concat(row.Select(c => $"<td>{Fmt.Html(c)}</td>"))}</tr>");
            }

            w.WriteLine("</table>");
        }

        w.WriteLine("</body></html>");
    }

    public static void Csv(StudyReport report, TextWriter w)
    {
        w.WriteLine(string.Join(",", CsvColumns));
        void Line(string table, string section, string variable, string name, string group, string statistic, double value, int? n, int? missing) =>
            w.WriteLine(string.Join(",", new[]
            {
                table, section, variable, name, group, statistic, double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture),
                n?.ToString(CultureInfo.InvariantCulture) ?? "", missing?.ToString(CultureInfo.InvariantCulture) ?? "",
            }.Select(Fmt.Csv)));

        foreach (var row in report.Demographics.Rows)
        {
            foreach (var c in row.Cells)
            {
                if (c.Numeric is { } n)
                {
                    Line("demographics", "", row.Attribute, row.Attribute, c.Group, "mean", n.Mean, n.N, n.Missing);
                    Line("demographics", "", row.Attribute, row.Attribute, c.Group, "sd", n.StandardDeviation, n.N, n.Missing);
                    Line("demographics", "", row.Attribute, row.Attribute, c.Group, "min", n.Min, n.N, n.Missing);
                    Line("demographics", "", row.Attribute, row.Attribute, c.Group, "max", n.Max, n.N, n.Missing);
                }
                else
                {
                    foreach (var s in c.Shares)
                    {
                        Line("demographics", "", row.Attribute, s.Value ?? "unknown", c.Group, "percent", s.Percent, c.GroupSize, null);
                    }
                }
            }
        }

        foreach (var row in report.Scores.Rows)
        {
            var table = row.PresenceOnly ? "presence" : "scores";
            foreach (var c in row.Cells.Where(c => c.Applicable))
            {
                Line(table, report.CategoryName(row.Category), row.VariableId, row.VariableName, c.Group, "mentioned_percent", c.MentionedPercent, c.Coded, c.Missing);
                if (!row.PresenceOnly)
                {
                    Line(table, report.CategoryName(row.Category), row.VariableId, row.VariableName, c.Group, "average_score", c.AverageScore, c.Coded, c.Missing);
                }
            }

            foreach (var c in row.Cells.Where(c => !c.Applicable))
            {
                Line(table, report.CategoryName(row.Category), row.VariableId, row.VariableName, c.Group, "not_applicable", double.NaN, null, null);
            }
        }

        if (report.Timepoints is { } t)
        {
            for (var i = 0; i < t.Timepoints.Count; i++)
            {
                foreach (var c in t.Means[i])
                {
                    Line("timepoints", t.Name, t.Timepoints[i].Id, t.Timepoints[i].Name, c.Group, "mean", c.Mean, c.N, c.Missing);
                }
            }

            foreach (var change in t.Changes.SelectMany(c => c))
            {
                Line("timepoints", t.Name, $"{change.From}->{change.To}", "change", change.Group, "mean_change", change.MeanChange, change.N, null);
            }
        }
    }

    public static void Json(StudyReport report, TextWriter w)
    {
        using var stream = new MemoryStream();
        using (var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            j.WriteStartObject();
            j.WriteString("attribute", report.Attribute);
            j.WriteString("codes", report.Source);
            j.WriteStartArray("groups");
            foreach (var (g, size) in report.Demographics.Groups.Zip(report.Demographics.GroupSizes))
            {
                j.WriteStartObject();
                j.WriteString("group", g);
                j.WriteNumber("n", size);
                j.WriteEndObject();
            }

            j.WriteEndArray();
            j.WriteStartArray("demographics");
            foreach (var row in report.Demographics.Rows)
            {
                foreach (var c in row.Cells)
                {
                    j.WriteStartObject();
                    j.WriteString("attribute", row.Attribute);
                    j.WriteString("group", c.Group);
                    if (c.Numeric is { } n)
                    {
                        j.WriteNumber("n", n.N);
                        j.WriteNumber("missing", n.Missing);
                        JsonNumbers.Write(j, "mean", n.Mean);
                        JsonNumbers.Write(j, "sd", n.StandardDeviation);
                        JsonNumbers.Write(j, "min", n.Min);
                        JsonNumbers.Write(j, "max", n.Max);
                    }
                    else
                    {
                        j.WriteNumber("n", c.GroupSize);
                        j.WriteStartArray("shares");
                        foreach (var s in c.Shares)
                        {
                            j.WriteStartObject();
                            if (s.Value is null)
                            {
                                j.WriteNull("value");
                            }
                            else
                            {
                                j.WriteString("value", s.Value);
                            }

                            j.WriteNumber("count", s.Count);
                            JsonNumbers.Write(j, "percent", s.Percent);
                            j.WriteEndObject();
                        }

                        j.WriteEndArray();
                    }

                    j.WriteEndObject();
                }
            }

            j.WriteEndArray();
            j.WriteStartArray("variables");
            foreach (var row in report.Scores.Rows)
            {
                foreach (var c in row.Cells)
                {
                    j.WriteStartObject();
                    j.WriteString("category", row.Category);
                    j.WriteString("variable", row.VariableId);
                    j.WriteString("variable_name", row.VariableName);
                    j.WriteBoolean("presence_only", row.PresenceOnly);
                    j.WriteString("group", c.Group);
                    j.WriteBoolean("applicable", c.Applicable);
                    j.WriteNumber("n", c.Coded);
                    j.WriteNumber("missing", c.Missing);
                    JsonNumbers.Write(j, "mentioned_percent", c.MentionedPercent);
                    if (!row.PresenceOnly)
                    {
                        JsonNumbers.Write(j, "average_score", c.AverageScore);
                    }

                    j.WriteEndObject();
                }
            }

            j.WriteEndArray();
            if (report.Timepoints is { } t)
            {
                j.WriteStartObject("timepoints");
                j.WriteString("name", t.Name);
                j.WriteStartArray("means");
                for (var i = 0; i < t.Timepoints.Count; i++)
                {
                    foreach (var c in t.Means[i])
                    {
                        j.WriteStartObject();
                        j.WriteString("variable", t.Timepoints[i].Id);
                        j.WriteString("group", c.Group);
                        j.WriteNumber("n", c.N);
                        j.WriteNumber("missing", c.Missing);
                        JsonNumbers.Write(j, "mean", c.Mean);
                        j.WriteEndObject();
                    }
                }

                j.WriteEndArray();
                j.WriteStartArray("changes");
                foreach (var c in t.Changes.SelectMany(x => x))
                {
                    j.WriteStartObject();
                    j.WriteString("from", c.From);
                    j.WriteString("to", c.To);
                    j.WriteString("group", c.Group);
                    j.WriteNumber("n", c.N);
                    JsonNumbers.Write(j, "mean_change", c.MeanChange);
                    j.WriteEndObject();
                }

                j.WriteEndArray();
                j.WriteEndObject();
            }

            j.WriteEndObject();
        }

        w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
