namespace PreCoder.Reporting.Rendering;

public enum ReportFormat
{
    Md,
    Csv,
    Json,
    Html,
}
