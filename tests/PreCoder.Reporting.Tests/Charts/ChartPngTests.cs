using PreCoder.Imaging.Png;
using PreCoder.Reporting.Charts;
using PreCoder.Reporting.StudyReports;
using PreCoder.Reporting.StudyTables;
using SkiaSharp;
using Xunit;

namespace PreCoder.Reporting.Tests.Charts;

/// <summary>The PNG beside each SVG chart is the same drawing: its size, bars and label text, read back from the pixels.</summary>
public sealed class ChartPngTests
{
    [Fact]
    public void Write_StudyReportBarChart_PngOfTheSvgWithBarsAndText()
    {
        var table = new StudyTable("gender", "coder ayse", ["female", "male"],
        [
            new StudyTableRow("poverty", "Poverty", "vulnerabilities", [new StudyTableCell("female", true, 2, 0, 100, 0.5), new StudyTableCell("male", true, 4, 1, 25, 0.5)]),
        ]);
        var report = new StudyReport("gender", "coder ayse", new Demographics.DemographicsTable("gender", ["female", "male"], [2, 5], []), table, null, new Dictionary<string, string>());
        var chart = ReportCharts.For(report).Single();
        var svg = System.Xml.Linq.XDocument.Parse(chart.Svg).Root!;
        using var stream = new MemoryStream();

        SvgPng.Write(chart.Svg, stream, scale: 2);

        using var png = SKBitmap.Decode(stream.ToArray());
        Assert.Equal(2 * (int)svg.Attribute("width")!, png.Width);
        Assert.Equal(2 * (int)svg.Attribute("height")!, png.Height);
        var pixels = png.Pixels;
        // The first group's colour fills a full-width (100%) bar; black-ish pixels are the labels and axis text.
        var colour = SKColor.Parse(System.Text.RegularExpressions.Regex.Match(chart.Svg, "fill=\"(#[0-9A-Fa-f]{6})\"").Groups[1].Value);
        Assert.True(pixels.Count(p => p == colour) > 2000, "no bar in the first group's colour");
        Assert.True(pixels.Count(p => p.Red < 80 && p.Green < 80 && p.Blue < 80) > 100, "no label text drawn (is a font installed?)");
        Assert.True(pixels.Count(p => p == SKColors.White) > pixels.Length / 3, "the background is not white");
    }

    [Fact]
    public void Write_NotSvg_InvalidData()
    {
        using var stream = new MemoryStream();

        Assert.Throws<InvalidDataException>(() => SvgPng.Write("not an svg", stream));
        Assert.Equal(0, stream.Length);
    }
}
