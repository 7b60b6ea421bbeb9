using System.Globalization;
using System.Text.Json;
using PreCoder.Agreement;
using PreCoder.Reporting.RatingsAnalysis;

namespace PreCoder.Reporting.Rendering;

/// <summary>Writes a <see cref="RatingsAgreementReport"/> as Markdown, CSV or JSON (one row per variable and statistic).</summary>
public static class RatingsAgreementRenderer
{
    private static readonly string[] CsvColumns =
        ["variable", "statistic", "value", "ci_low", "ci_high", "units", "pairable_values", "observed_disagreement", "expected_disagreement", "note"];

    /// <exception cref="ArgumentException"><paramref name="format"/> is HTML, which ratings reports do not have.</exception>
    public static void Render(RatingsAgreementReport report, ReportFormat format, TextWriter writer)
    {
        switch (format)
        {
            case ReportFormat.Md: Markdown(report, writer); break;
            case ReportFormat.Csv: Csv(report, writer); break;
            case ReportFormat.Json: Json(report, writer); break;
            default: throw new ArgumentException("ratings reports are md, csv or json", nameof(format));
        }
    }

    public static void Markdown(RatingsAgreementReport report, TextWriter w)
    {
        w.WriteLine($"# Agreement on {Fmt.Md(Path.GetFileName(report.Source))}");
        w.WriteLine();
        w.WriteLine(report.Resamples > 0
            ? $"95% percentile bootstrap CIs over units from {report.Resamples} resamples (seed {report.Seed}); tables and counts have none. Missing scores are missing data, never 0."
            : "No bootstrap intervals. Missing scores are missing data, never 0.");
        foreach (var table in report.Tables)
        {
            w.WriteLine();
            w.WriteLine($"## {Fmt.Md(table.Variable ?? Path.GetFileNameWithoutExtension(report.Source))}");
            w.WriteLine();
            w.WriteLine(Describe(table));
            if (table.CodedFromLabels)
            {
                w.WriteLine();
                w.WriteLine($"Scores are words, coded {string.Join(", ", table.Labels.Select((l, i) => $"{Fmt.Md(l)} = {i + 1}"))}.");
            }

            w.WriteLine();
            w.WriteLine("| statistic | value | 95% CI | units | note |");
            w.WriteLine("|---|---:|---|---:|---|");
            foreach (var row in report.Rows.Where(r => r.Variable == table.Variable))
            {
                var r = row.Result;
                w.WriteLine(r is null
                    ? $"| {row.Statistic} | n/a | | | {Fmt.Md(row.Note)} |"
                    : $"| {row.Statistic} | {Num(r.Value, 4)} | {Ci(r)} | {r.Units.ToString("0.##", CultureInfo.InvariantCulture)} | {Fmt.Md(row.Note)} |");
            }
        }
    }

    public static void Csv(RatingsAgreementReport report, TextWriter w)
    {
        w.WriteLine(string.Join(",", CsvColumns));
        foreach (var row in report.Rows)
        {
            var r = row.Result;
            string[] cells =
            [
                row.Variable ?? "", row.Statistic, R(r?.Value), Bound(r?.CiLow), Bound(r?.CiHigh), R(r?.Units), R(r?.PairableValues),
                R(r?.ObservedDisagreement), R(r?.ExpectedDisagreement), row.Note,
            ];
            w.WriteLine(string.Join(",", cells.Select(Fmt.Csv)));
        }
    }

    public static void Json(RatingsAgreementReport report, TextWriter w)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("source", report.Source);
            json.WriteString("layout", report.Layout.ToString().ToLowerInvariant());
            json.WriteNumber("resamples", report.Resamples);
            json.WriteNumber("seed", report.Seed);
            json.WriteStartArray("variables");
            foreach (var table in report.Tables)
            {
                json.WriteStartObject();
                if (table.Variable is not null)
                {
                    json.WriteString("variable", table.Variable);
                }

                json.WriteNumber("units", table.Matrix?.Units ?? table.Counts?.Units ?? 0);
                json.WriteStartArray("coders");
                table.Coders.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteStartArray("labels");
                table.Labels.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteStartArray("results");
                foreach (var row in report.Rows.Where(r => r.Variable == table.Variable))
                {
                    json.WriteStartObject();
                    json.WriteString("statistic", row.Statistic);
                    if (row.Result is { } r)
                    {
                        JsonNumbers.Write(json, "value", r.Value);
                        JsonNumbers.Write(json, "ci_low", r.CiLow);
                        JsonNumbers.Write(json, "ci_high", r.CiHigh);
                        JsonNumbers.Write(json, "units", r.Units);
                        JsonNumbers.Write(json, "pairable_values", r.PairableValues);
                        JsonNumbers.Write(json, "observed_disagreement", r.ObservedDisagreement);
                        JsonNumbers.Write(json, "expected_disagreement", r.ExpectedDisagreement);
                    }
                    else
                    {
                        json.WriteNull("value");
                    }

                    if (row.Note.Length > 0)
                    {
                        json.WriteString("note", row.Note);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Describe(RatingsTable t) => t switch
    {
        { Matrix: { } m } => $"{m.Units} units, {m.Coders} coders ({Fmt.Md(string.Join(", ", t.Coders))}), {m.CountPresent()} scores.",
        { Table: { } table } => $"Two-coder table over {table.Categories} categories ({Fmt.Md(string.Join(", ", t.Labels))}), total {table.Total.ToString("0.###", CultureInfo.InvariantCulture)}.",
        { Counts: { } c } => $"{c.Units} units, counts over {c.Categories} categories ({Fmt.Md(string.Join(", ", t.Labels))}).",
        _ => "",
    };

    private static string Num(double value, int digits) => Fmt.Num(value, digits);

    private static string Ci(AgreementResult r) =>
        double.IsNaN(r.CiLow) || double.IsNaN(r.CiHigh) ? "" : $"[{Num(r.CiLow, 3)}, {Num(r.CiHigh, 3)}]";

    // No interval (no bootstrap, or a table) is an empty cell, not NaN: there is nothing undefined about it.
    private static string Bound(double? value) => value is { } v && !double.IsNaN(v) ? R(v) : "";

    // CSV keeps full precision (round-trip) so scripts can compare against published values.
    private static string R(double? value) =>
        value is not { } v ? "" : double.IsNaN(v) ? "NaN" : v.ToString("R", CultureInfo.InvariantCulture);
}
