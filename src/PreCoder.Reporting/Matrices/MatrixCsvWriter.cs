using PreCoder.Reporting.Rendering;

namespace PreCoder.Reporting.Matrices;

/// <summary>The matrix as RFC 4180 CSV, header first, LF line ends, UTF-8: what <c>read.csv</c>, pandas and SPSS GET DATA read.</summary>
public static class MatrixCsvWriter
{
    public static void Write(AnalysisMatrix matrix, TextWriter writer)
    {
        writer.Write(string.Join(",", matrix.Columns.Select(c => Fmt.Csv(c.Name))) + "\n");
        foreach (var row in matrix.Rows)
        {
            writer.Write(string.Join(",", row.Select(Fmt.Csv)) + "\n");
        }
    }
}
