using PreCoder.Reporting.Charts;

namespace PreCoder.Application.Reports;

/// <summary>Writes <c>--charts DIR</c> files and says where they went.</summary>
public static class ChartWriter
{
    public static void Write(string? folder, IReadOnlyList<ChartFile> charts)
    {
        if (folder is null)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        foreach (var chart in charts)
        {
            File.WriteAllText(Path.Combine(folder, chart.Name), chart.Svg, new System.Text.UTF8Encoding(false));
        }
        Console.Error.WriteLine($"wrote {charts.Count} chart(s) to {folder}");
    }
}
