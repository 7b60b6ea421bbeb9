using System.Globalization;
using System.Text;
using PreCoder.Reporting.Reliability;

namespace PreCoder.Reporting.Rendering;

/// <summary>
/// A forest plot (one row per result: point and CI whisker on a -0.2..1 axis, with the 0.667 and 0.80 thresholds) as inline SVG.
/// Hand-written instead of ScottPlot so the HTML report needs no native graphics libraries and stays a text file.
/// </summary>
internal static class ForestPlotSvg
{
    private const double AxisMin = -0.2;
    private const double AxisMax = 1.0;
    // Wide enough for "Incarcerated Household Member (machine:embedded vs consensus)" at 11 px.
    private const int LabelWidth = 430;
    private const int PlotWidth = 420;
    private const int RowHeight = 18;
    private const int Top = 30;

    public static string Render(IReadOnlyList<ComparisonResult> results)
    {
        var height = Top + (results.Count * RowHeight) + 30;
        var width = LabelWidth + PlotWidth + 80;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">");
        foreach (var (tick, colour) in new[] { (0.0, "#999"), (AgreementFlag.Discard, "#d33"), (AgreementFlag.Tentative, "#e90"), (1.0, "#999") })
        {
            var x = X(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:F1}\" y1=\"{Top - 8}\" x2=\"{x:F1}\" y2=\"{height - 25}\" stroke=\"{colour}\" stroke-dasharray=\"3,3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{height - 10}\" text-anchor=\"middle\">{tick.ToString("0.###", CultureInfo.InvariantCulture)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"14\" font-weight=\"bold\">Agreement with 95% CI (dashed: 0.667 and 0.80)</text>");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            var label = $"{r.VariableName} ({string.Join(" vs ", r.Coders)})";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 4}\" text-anchor=\"end\">{Fmt.Html(label)}</text>");
            if (double.IsFinite(r.CiLow) && double.IsFinite(r.CiHigh))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(r.CiLow):F1}\" y1=\"{y}\" x2=\"{X(r.CiHigh):F1}\" y2=\"{y}\" stroke=\"#333\"/>");
            }
            if (double.IsFinite(r.Value))
            {
                var fill = r.Flag switch { "<0.667" => "#d33", "<0.80" => "#e90", _ => "#2a7" };
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(r.Value) - 4:F1}\" y=\"{y - 4}\" width=\"8\" height=\"8\" fill=\"{fill}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + PlotWidth + 8}\" y=\"{y + 4}\">{Fmt.Num(r.Value)}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + PlotWidth + 8}\" y=\"{y + 4}\">n/a</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    // Values outside the axis (alpha can be far below 0) are pinned to its edge rather than drawn off the plot.
    private static double X(double value) => LabelWidth + (PlotWidth * (Math.Clamp(value, AxisMin, AxisMax) - AxisMin) / (AxisMax - AxisMin));
}
