using System.Text.Json;
using PreCoder.Reporting.StudyTables;

namespace PreCoder.Reporting.Rendering;

/// <summary>Writes the study's result tables (one per category) with "% mentioned" and "average score" per group, N/A where a variable does not apply.</summary>
public static class StudyTableRenderer
{
    public const string NotApplicable = "N/A";

    public static void Render(StudyTable table, ReportFormat format, TextWriter writer)
    {
        switch (format)
        {
            case ReportFormat.Md: Markdown(table, writer); break;
            case ReportFormat.Csv: Csv(table, writer); break;
            case ReportFormat.Json: Json(table, writer); break;
            default: Html(table, writer); break;
        }
    }

    public static void Markdown(StudyTable table, TextWriter w)
    {
        w.WriteLine($"# Results by {table.Attribute} (codes of {table.Coder})");
        foreach (var category in table.Rows.GroupBy(r => r.Category))
        {
            w.WriteLine();
            w.WriteLine($"## {Fmt.Md(category.Key)}");
            w.WriteLine();
            w.WriteLine($"| Variable | {string.Join(" | ", table.Groups.Select(g => $"{Fmt.Md(g)} Mentioned %"))} | {string.Join(" | ", table.Groups.Select(g => $"{Fmt.Md(g)} Average Score"))} |");
            w.WriteLine($"|---|{string.Concat(table.Groups.Select(_ => "---:|"))}{string.Concat(table.Groups.Select(_ => "---:|"))}");
            foreach (var row in category)
            {
                w.WriteLine($"| {Fmt.Md(row.VariableName)} | {string.Join(" | ", row.Cells.Select(Percent))} | {string.Join(" | ", row.Cells.Select(Average))} |");
            }
        }
    }

    public static void Csv(StudyTable table, TextWriter w)
    {
        w.WriteLine("category,variable,variable_name,group,applicable,coded,missing,mentioned_percent,average_score");
        foreach (var row in table.Rows)
        {
            foreach (var c in row.Cells)
            {
                string[] cells = [row.Category, row.VariableId, row.VariableName, c.Group, c.Applicable ? "true" : "false", c.Coded.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    c.Missing.ToString(System.Globalization.CultureInfo.InvariantCulture), Percent(c), Average(c)];
                w.WriteLine(string.Join(",", cells.Select(Fmt.Csv)));
            }
        }
    }

    public static void Json(StudyTable table, TextWriter w)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("attribute", table.Attribute);
            json.WriteString("coder", table.Coder);
            json.WriteStartArray("groups");
            foreach (var g in table.Groups)
            {
                json.WriteStringValue(g);
            }
            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                foreach (var c in row.Cells)
                {
                    json.WriteStartObject();
                    json.WriteString("category", row.Category);
                    json.WriteString("variable", row.VariableId);
                    json.WriteString("variable_name", row.VariableName);
                    json.WriteString("group", c.Group);
                    json.WriteBoolean("applicable", c.Applicable);
                    json.WriteNumber("coded", c.Coded);
                    json.WriteNumber("missing", c.Missing);
                    JsonNumbers.Write(json, "mentioned_percent", c.MentionedPercent);
                    JsonNumbers.Write(json, "average_score", c.AverageScore);
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void Html(StudyTable table, TextWriter w)
    {
        w.WriteLine($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Results by {Fmt.Html(table.Attribute)}</title>");
        w.WriteLine("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}td.n{text-align:right}</style></head><body>");
        w.WriteLine($"<h1>Results by {Fmt.Html(table.Attribute)} (codes of {Fmt.Html(table.Coder)})</h1>");
        foreach (var category in table.Rows.GroupBy(r => r.Category))
        {
            w.WriteLine($"<h2>{Fmt.Html(category.Key)}</h2><table><tr><th>Variable</th>{string.Concat(table.Groups.Select(g => $"<th>{Fmt.Html(g)} Mentioned %</th>"))}{string.Concat(table.Groups.Select(g => $"<th>{Fmt.Html(g)} Average Score</th>"))}</tr>");
            foreach (var row in category)
            {
                w.WriteLine($"<tr><td>{Fmt.Html(row.VariableName)}</td>{string.Concat(row.Cells.Select(c => $"<td class=\"n\">{Percent(c)}</td>"))}{string.Concat(row.Cells.Select(c => $"<td class=\"n\">{Average(c)}</td>"))}</tr>");
            }
            w.WriteLine("</table>");
        }
        w.WriteLine("</body></html>");
    }

    /// <summary>"N/A" when the variable does not apply to the group, "-" when nobody in it was coded, else one decimal.</summary>
    public static string Percent(StudyTableCell cell) => !cell.Applicable ? NotApplicable : double.IsNaN(cell.MentionedPercent) ? "-" : Fmt.Num(cell.MentionedPercent, 1);

    /// <summary>"N/A" when the variable does not apply to the group, "-" when nobody in it was coded, else two decimals.</summary>
    public static string Average(StudyTableCell cell) => !cell.Applicable ? NotApplicable : double.IsNaN(cell.AverageScore) ? "-" : Fmt.Num(cell.AverageScore, 2);
}
