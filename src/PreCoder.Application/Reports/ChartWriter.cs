using PreCoder.Imaging.Png;
using PreCoder.Reporting.Charts;

namespace PreCoder.Application.Reports;

/// <summary>Writes <c>--charts DIR</c> files, each chart as SVG (vector, for papers) and PNG (for slides and editors that take no SVG), and says where they went.</summary>
public static class ChartWriter
{
    /// <param name="draw">Draws the charts; only called when there is a folder to write them to.</param>
    public static void Write(string? folder, Func<IReadOnlyList<ChartFile>> draw, IProgress<string> notes)
    {
        if (folder is null)
        {
            return;
        }
        var charts = draw();
        Directory.CreateDirectory(folder);
        foreach (var chart in charts)
        {
            File.WriteAllText(Path.Combine(folder, chart.Name), chart.Svg, new System.Text.UTF8Encoding(false));
            using var png = File.Create(Path.Combine(folder, Path.ChangeExtension(chart.Name, ".png")));
            SvgPng.Write(chart.Svg, png);
        }
        notes.Report($"wrote {charts.Count} chart(s) to {folder} (SVG and PNG)");
    }
}
