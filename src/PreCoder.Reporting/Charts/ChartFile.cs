namespace PreCoder.Reporting.Charts;

/// <summary>A chart as a standalone SVG file for a paper: its file name (no folder) and content.</summary>
public sealed record ChartFile(string Name, string Svg);
