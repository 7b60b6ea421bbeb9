using System.Text.Json;
using PreCoder.Reporting.Reliability;

namespace PreCoder.Reporting.Rendering;

/// <summary>Writes a <see cref="ReliabilityReport"/> as Markdown, CSV (results only), JSON or a self-contained HTML page.</summary>
public static class ReliabilityRenderer
{
    private static readonly string[] CsvColumns =
    [
        "scope", "variable", "variable_name", "category", "comparison", "coders", "metric", "presence", "value", "ci_low", "ci_high",
        "units", "pairable_values", "observed_disagreement", "expected_disagreement", "precision", "recall", "f1", "flag",
    ];

    public static void Render(ReliabilityReport report, ReportFormat format, TextWriter writer)
    {
        switch (format)
        {
            case ReportFormat.Md: Markdown(report, writer); break;
            case ReportFormat.Csv: Csv(report, writer); break;
            case ReportFormat.Json: Json(report, writer); break;
            default: Html(report, writer); break;
        }
    }

    public static void Markdown(ReliabilityReport report, TextWriter w)
    {
        w.WriteLine("# Inter-coder agreement");
        w.WriteLine();
        w.WriteLine($"Coders: {string.Join(", ", report.Coders.Select(c => c.IsMachine ? c.Id + " (machine)" : c.Id))}. " +
            $"95% bootstrap CIs from {report.Resamples} resamples (seed {report.Seed}). Flags: <0.667 unreliable, <0.80 tentative only.");
        foreach (var scope in new[] { ResultScope.Overall, ResultScope.Category, ResultScope.Variable })
        {
            var rows = report.Results.Where(r => r.Scope == scope).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }
            w.WriteLine();
            w.WriteLine($"## {(scope == ResultScope.Overall ? "Overall" : scope == ResultScope.Category ? "Per category" : "Per variable")}");
            w.WriteLine();
            w.WriteLine("| variable | comparison | coders | metric | value | 95% CI | units | P / R / F1 | flag |");
            w.WriteLine("|---|---|---|---|---:|---|---:|---|---|");
            foreach (var r in rows)
            {
                var prf = r.F1 is null ? "" : $"{Fmt.Num(r.Precision!.Value)} / {Fmt.Num(r.Recall!.Value)} / {Fmt.Num(r.F1.Value)}";
                w.WriteLine($"| {Fmt.Md(r.VariableName)} | {r.Comparison} | {Fmt.Md(string.Join(" vs ", r.Coders))} | {r.Metric} | {Fmt.Num(r.Value)} | {Fmt.Ci(r.CiLow, r.CiHigh)} | {r.Units:0.##} | {prf} | {r.Flag} |");
            }
        }
        var flagged = report.Results.Where(r => r.Scope == ResultScope.Variable && r.Flag.Length > 0).Select(r => r.VariableName).Distinct().ToArray();
        w.WriteLine();
        w.WriteLine($"## Flagged variables ({flagged.Length})");
        w.WriteLine();
        w.WriteLine(flagged.Length == 0 ? "None." : string.Join(", ", flagged));
        w.WriteLine();
        w.WriteLine($"## Disagreements ({report.Disagreements.Count})");
        w.WriteLine();
        w.WriteLine($"| unit | variable | {string.Join(" | ", report.Coders.Select(c => Fmt.Md(c.Id)))} | evidence |");
        w.WriteLine($"|---|---|{string.Concat(report.Coders.Select(_ => "---|"))}---|");
        foreach (var d in report.Disagreements)
        {
            w.WriteLine($"| {Fmt.Md(d.Unit)} | {Fmt.Md(d.VariableName)} | {string.Join(" | ", d.Scores.Select(Fmt.Score))} | {Fmt.Md(EvidenceText(report, d))} |");
        }
    }

    public static void Csv(ReliabilityReport report, TextWriter w)
    {
        w.WriteLine(string.Join(",", CsvColumns));
        foreach (var r in report.Results)
        {
            string[] cells =
            [
                r.Scope.ToString().ToLowerInvariant(), r.Variable, r.VariableName, r.Category, r.Comparison.ToString(), string.Join("+", r.Coders), r.Metric,
                r.Presence ? "true" : "false", Num(r.Value), Num(r.CiLow), Num(r.CiHigh), Num(r.Units), Num(r.PairableValues),
                Num(r.ObservedDisagreement), Num(r.ExpectedDisagreement), Num(r.Precision), Num(r.Recall), Num(r.F1), r.Flag,
            ];
            w.WriteLine(string.Join(",", cells.Select(Fmt.Csv)));
        }
    }

    public static void Json(ReliabilityReport report, TextWriter w)
    {
        // Written out as it goes: at the seed study's scale the report is 11 MB, and holding it twice (the bytes, then
        // one string) cost more than writing it. Drained between values, so no character is ever split.
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            // One buffer of characters reused for every piece, rather than a string per piece.
            var chars = Array.Empty<char>();
            void Drain()
            {
                json.Flush();
                var bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
                if (chars.Length < bytes.Length)
                {
                    chars = new char[System.Text.Encoding.UTF8.GetMaxCharCount(bytes.Length)];
                }
                w.Write(chars.AsSpan(0, System.Text.Encoding.UTF8.GetChars(bytes, chars)));
                stream.SetLength(0);
            }

            json.WriteStartObject();
            json.WriteStartArray("coders");
            foreach (var c in report.Coders)
            {
                json.WriteStartObject();
                json.WriteString("id", c.Id);
                json.WriteBoolean("machine", c.IsMachine);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("resamples", report.Resamples);
            json.WriteNumber("seed", report.Seed);
            json.WriteStartArray("results");
            foreach (var r in report.Results)
            {
                json.WriteStartObject();
                json.WriteString("scope", r.Scope.ToString().ToLowerInvariant());
                json.WriteString("variable", r.Variable);
                json.WriteString("variable_name", r.VariableName);
                json.WriteString("category", r.Category);
                json.WriteString("comparison", r.Comparison.ToString());
                json.WriteStartArray("coders");
                foreach (var c in r.Coders)
                {
                    json.WriteStringValue(c);
                }
                json.WriteEndArray();
                json.WriteString("metric", r.Metric);
                json.WriteBoolean("presence", r.Presence);
                JsonNumbers.Write(json, "value", r.Value);
                JsonNumbers.Write(json, "ci_low", r.CiLow);
                JsonNumbers.Write(json, "ci_high", r.CiHigh);
                JsonNumbers.Write(json, "units", r.Units);
                JsonNumbers.Write(json, "pairable_values", r.PairableValues);
                JsonNumbers.Write(json, "observed_disagreement", r.ObservedDisagreement);
                JsonNumbers.Write(json, "expected_disagreement", r.ExpectedDisagreement);
                JsonNumbers.Write(json, "precision", r.Precision);
                JsonNumbers.Write(json, "recall", r.Recall);
                JsonNumbers.Write(json, "f1", r.F1);
                json.WriteString("flag", r.Flag);
                json.WriteEndObject();
                if (json.BytesPending > 65536)
                {
                    Drain();
                }
            }
            json.WriteEndArray();
            json.WriteStartArray("disagreements");
            foreach (var d in report.Disagreements)
            {
                json.WriteStartObject();
                json.WriteString("unit", d.Unit);
                json.WriteString("variable", d.VariableId);
                json.WriteStartObject("scores");
                for (var i = 0; i < report.Coders.Count; i++)
                {
                    JsonNumbers.Write(json, report.Coders[i].Id, d.Scores[i]);
                }
                json.WriteEndObject();
                json.WriteStartObject("evidence");
                for (var i = 0; i < report.Coders.Count; i++)
                {
                    json.WriteString(report.Coders[i].Id, d.Evidence[i]);
                }
                json.WriteEndObject();
                json.WriteEndObject();
                if (json.BytesPending > 65536)
                {
                    Drain();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
            Drain();
        }
        w.WriteLine();
    }

    public static void Html(ReliabilityReport report, TextWriter w)
    {
        w.WriteLine("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Inter-coder agreement</title>");
        w.WriteLine("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}.f667{background:#fdd}.f80{background:#fec}</style></head><body>");
        w.WriteLine("<h1>Inter-coder agreement</h1>");
        w.WriteLine($"<p>Coders: {Fmt.Html(string.Join(", ", report.Coders.Select(c => c.IsMachine ? c.Id + " (machine)" : c.Id)))}. 95% bootstrap CIs from {report.Resamples} resamples (seed {report.Seed}).</p>");
        var plotted = report.Results.Where(r => r.Scope == ResultScope.Variable && !r.Presence).ToArray();
        if (plotted.Length > 0)
        {
            w.WriteLine("<h2>Forest plot per variable</h2>");
            w.WriteLine(ForestPlotSvg.Render(plotted));
        }
        w.WriteLine("<h2>Results</h2><table><tr><th>scope</th><th>variable</th><th>comparison</th><th>coders</th><th>metric</th><th>value</th><th>95% CI</th><th>units</th><th>P / R / F1</th><th>flag</th></tr>");
        foreach (var r in report.Results)
        {
            var css = r.Flag switch { "<0.667" => " class=\"f667\"", "<0.80" => " class=\"f80\"", _ => "" };
            var prf = r.F1 is null ? "" : $"{Fmt.Num(r.Precision!.Value)} / {Fmt.Num(r.Recall!.Value)} / {Fmt.Num(r.F1.Value)}";
            w.WriteLine($"<tr{css}><td>{r.Scope}</td><td>{Fmt.Html(r.VariableName)}</td><td>{r.Comparison}</td><td>{Fmt.Html(string.Join(" vs ", r.Coders))}</td><td>{r.Metric}</td><td>{Fmt.Num(r.Value)}</td><td>{Fmt.Ci(r.CiLow, r.CiHigh)}</td><td>{r.Units:0.##}</td><td>{prf}</td><td>{Fmt.Html(r.Flag)}</td></tr>");
        }
        w.WriteLine("</table>");
        w.WriteLine($"<h2>Disagreements ({report.Disagreements.Count})</h2><table><tr><th>unit</th><th>variable</th>{string.Concat(report.Coders.Select(c => $"<th>{Fmt.Html(c.Id)}</th>"))}<th>evidence</th></tr>");
        foreach (var d in report.Disagreements)
        {
            w.WriteLine($"<tr><td>{Fmt.Html(d.Unit)}</td><td>{Fmt.Html(d.VariableName)}</td>{string.Concat(d.Scores.Select(s => $"<td>{Fmt.Score(s)}</td>"))}<td>{Fmt.Html(EvidenceText(report, d))}</td></tr>");
        }
        w.WriteLine("</table></body></html>");
    }

    private static string EvidenceText(ReliabilityReport report, Disagreement d) =>
        string.Join("; ", Enumerable.Range(0, report.Coders.Count).Where(i => d.Evidence[i].Length > 0).Select(i => $"{report.Coders[i].Id}: \"{d.Evidence[i]}\""));

    private static string Num(double value) => double.IsNaN(value) ? "" : value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string Num(double? value) => value is { } v ? Num(v) : "";
}
