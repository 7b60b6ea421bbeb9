using PreCoder.Reporting.Reliability;
using PreCoder.Reporting.Rendering;
using PreCoder.Reporting.StudyReports;

namespace PreCoder.Reporting.Charts;

/// <summary>
/// The charts the HTML reports embed, as standalone SVG files (<c>--charts DIR</c>): vector, so they scale in a paper.
/// No native graphics library is needed to draw them; the PNG copies beside them are rasterised from this SVG.
/// </summary>
public static class ReportCharts
{
    private const string XmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /// <summary>One bar chart of % mentioned (or reported) per group for each category table: <c>mentioned-CATEGORY.svg</c>.</summary>
    public static IReadOnlyList<ChartFile> For(StudyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Scores.Rows.GroupBy(r => r.Category)
            .Select(g => new ChartFile($"mentioned-{Safe(g.Key)}.svg", XmlHeader + BarChartSvg.Render(report.Scores.Groups, g.ToArray())))
            .ToArray();
    }

    /// <summary>The agreement report's forest plot per variable: <c>agreement-forest.svg</c>; none without variable results.</summary>
    public static IReadOnlyList<ChartFile> For(ReliabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plotted = report.Results.Where(r => r.Scope == ResultScope.Variable && !r.Presence).ToArray();
        return plotted.Length == 0 ? [] : [new ChartFile("agreement-forest.svg", XmlHeader + ForestPlotSvg.Render(plotted))];
    }

    private static string Safe(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
