using System.Text.Json;
using PreCoder.Reporting.Reliability;
using PreCoder.Reporting.Rendering;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.Rendering;

public class RendererTests
{
    private static ReliabilityReport Report()
    {
        UnitRating[] ratings =
        [
            new("u1", "v", "ayse", 1), new("u1", "v", "jonas", 1), new("u2", "v", "ayse", 0), new("u2", "v", "jonas", 2, "quote"),
            new("u3", "v", "ayse", 3), new("u3", "v", "jonas", 3),
        ];
        return new ReliabilityAnalyzer(new ReliabilityOptions(Resamples: 50)).Analyze([Some.Likert("v")], [new("ayse", false), new("jonas", false)], ratings);
    }

    [Fact]
    public void Json_EveryResult_HasTheDocumentedFields()
    {
        var text = Render(Report(), ReportFormat.Json);
        using var doc = JsonDocument.Parse(text);

        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.NotEmpty(results);
        foreach (var field in new[] { "variable", "coders", "metric", "value", "ci_low", "ci_high", "units" })
        {
            Assert.All(results, r => Assert.True(r.TryGetProperty(field, out _), field));
        }
        Assert.Equal("v", results[0].GetProperty("variable").GetString());
        Assert.Equal(["ayse", "jonas"], results[0].GetProperty("coders").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2.0, doc.RootElement.GetProperty("disagreements")[0].GetProperty("scores").GetProperty("jonas").GetDouble());
    }

    [Fact]
    public void Html_IsSelfContainedWithForestPlot()
    {
        var html = Render(Report(), ReportFormat.Html);

        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script src", html);
        Assert.Contains("quote", html);
    }

    [Fact]
    public void Csv_HeaderAndOneLinePerResult()
    {
        var report = Report();
        var lines = Render(report, ReportFormat.Csv).TrimEnd().Split('\n');

        Assert.StartsWith("scope,variable,variable_name,category,comparison,coders,metric", lines[0]);
        Assert.Equal(report.Results.Count + 1, lines.Length);
    }

    [Fact]
    public void StudyTableMarkdown_NotApplicableCell_ShowsNA()
    {
        var table = new StudyTable("gender", "ayse", ["female", "male"],
            [new StudyTableRow("m", "Motherhood", "family", [new StudyTableCell("female", true, 2, 0, 50, 0.5), new StudyTableCell("male", false, 0, 0, double.NaN, double.NaN)])]);
        var writer = new StringWriter();
        StudyTableRenderer.Markdown(table, writer);

        Assert.Contains("| Motherhood | 50.0 | N/A | 0.50 | N/A |", writer.ToString());
    }

    private static string Render(ReliabilityReport report, ReportFormat format)
    {
        var writer = new StringWriter();
        ReliabilityRenderer.Render(report, format, writer);
        return writer.ToString();
    }
}
