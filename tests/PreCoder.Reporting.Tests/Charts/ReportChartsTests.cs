using System.Xml.Linq;
using PreCoder.Reporting.Charts;
using PreCoder.Reporting.Reliability;
using PreCoder.Reporting.StudyReports;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.Charts;

public sealed class ReportChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void For_StudyReport_OneWellFormedSvgPerCategoryWithABarPerCodedCell()
    {
        var table = new StudyTable("gender", "coder ayse", ["female", "male"],
        [
            new StudyTableRow("poverty", "Poverty", "vulnerabilities", [new StudyTableCell("female", true, 2, 0, 50, 0.5), new StudyTableCell("male", true, 4, 1, 25, 0.5)]),
            new StudyTableRow("wife", "Wife", "roles", [new StudyTableCell("female", true, 3, 0, 100, 1), new StudyTableCell("male", false, 0, 0, double.NaN, double.NaN)]) { PresenceOnly = true },
        ]);
        var report = new StudyReport("gender", "coder ayse", new Demographics.DemographicsTable("gender", ["female", "male"], [2, 5], []), table, null,
            new Dictionary<string, string>());

        var charts = ReportCharts.For(report);

        Assert.Equal(["mentioned-vulnerabilities.svg", "mentioned-roles.svg"], charts.Select(c => c.Name));
        var roles = XDocument.Parse(charts[1].Svg);
        Assert.Equal(Svg + "svg", roles.Root!.Name);
        // Two legend swatches plus one bar: the N/A cell for men draws nothing.
        Assert.Equal(3, roles.Descendants(Svg + "rect").Count());
        Assert.Contains(roles.Descendants(Svg + "title"), t => t.Value == "female: 100.0% (n=3)");
    }

    [Fact]
    public void For_ReliabilityReport_ForestPlotFileOrNone()
    {
        var ratings = new UnitRating[] { new("u1", "v", "a", 1), new("u1", "v", "b", 1), new("u2", "v", "a", 0), new("u2", "v", "b", 2), new("u3", "v", "a", 3), new("u3", "v", "b", 3) };
        var report = new ReliabilityAnalyzer(new ReliabilityOptions(Resamples: 20)).Analyze([Some.Likert("v")], [new("a", false), new("b", false)], ratings);

        var chart = Assert.Single(ReportCharts.For(report));

        Assert.Equal("agreement-forest.svg", chart.Name);
        Assert.Equal(Svg + "svg", XDocument.Parse(chart.Svg).Root!.Name);
    }
}
