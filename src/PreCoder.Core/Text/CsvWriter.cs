namespace PreCoder.Core.Text;

/// <summary>
/// Writes RFC 4180 CSV: fields with commas, quotes, line breaks or edge whitespace (which readers may trim) are quoted
/// and inner quotes doubled.
/// </summary>
public static class CsvWriter
{
    public static string Escape(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }

    public static void WriteRow(TextWriter writer, params IEnumerable<string?> fields) =>
        writer.Write(string.Join(",", fields.Select(Escape)) + "\n");
}
