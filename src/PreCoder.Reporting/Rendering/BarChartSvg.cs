using System.Globalization;
using System.Text;
using PreCoder.Reporting.StudyTables;

namespace PreCoder.Reporting.Rendering;

/// <summary>
/// A horizontal grouped bar chart of % mentioned per variable and group, as a small inline SVG (like the forest plot:
/// no native plotting libraries for rectangles and text). N/A and uncoded cells draw no bar.
/// </summary>
public static class BarChartSvg
{
    private static readonly string[] Colours = ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377"];

    public static string Render(IReadOnlyList<string> groups, IReadOnlyList<StudyTableRow> rows)
    {
        const int labelWidth = 260, plotWidth = 360, barHeight = 8, gap = 6, top = 24;
        var rowHeight = (groups.Count * barHeight) + gap;
        var height = top + (rows.Count * rowHeight) + 20;
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{labelWidth + plotWidth + 60}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"% mentioned per group\">");
        for (var g = 0; g < groups.Count; g++)
        {
            var x = labelWidth + (g * 110);
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"10\" height=\"10\" fill=\"{Colours[g % Colours.Length]}\"/><text x=\"{x + 14}\" y=\"15\">{Fmt.Html(groups[g])}</text>");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + (r * rowHeight);
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + (groups.Count * barHeight / 2) + 4}\" text-anchor=\"end\">{Fmt.Html(rows[r].VariableName)}</text>");
            for (var g = 0; g < rows[r].Cells.Count && g < groups.Count; g++)
            {
                var cell = rows[r].Cells[g];
                if (!cell.Applicable || double.IsNaN(cell.MentionedPercent))
                {
                    continue;
                }

                var width = plotWidth * cell.MentionedPercent / 100.0;
                s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + (g * barHeight)}\" width=\"{width:0.#}\" height=\"{barHeight - 1}\" fill=\"{Colours[g % Colours.Length]}\"><title>{Fmt.Html(groups[g])}: {cell.MentionedPercent:0.0}% (n={cell.Coded})</title></rect>");
            }
        }

        var axis = top + (rows.Count * rowHeight);
        s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{labelWidth}\" y1=\"{axis}\" x2=\"{labelWidth + plotWidth}\" y2=\"{axis}\" stroke=\"#888\"/>");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + (plotWidth * tick / 100)}\" y=\"{axis + 14}\" text-anchor=\"middle\">{tick}%</text>");
        }

        return s.Append("</svg>").ToString();
    }
}
