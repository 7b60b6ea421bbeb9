namespace PreCoder.Reporting.Rendering;

public static class ReportFormats
{
    public static bool TryParse(string text, out ReportFormat format) =>
        Enum.TryParse(text.Trim() is "markdown" ? "md" : text.Trim(), ignoreCase: true, out format) && Enum.IsDefined(format);
}
