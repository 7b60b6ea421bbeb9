using System.Text;

namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>RFC 4180 CSV with CRLF record ends (what Excel expects); fields quoted only when they need it.</summary>
internal static class CsvWriter
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(Core.Text.CsvWriter.Escape)).Append("\r\n");
        }
        return builder.ToString();
    }
}
