using System.Globalization;
using PreCoder.Agreement.Tests.Support;
using PreCoder.Core.Text;

namespace PreCoder.Agreement.Tests.Reference;

/// <summary>
/// Loads a reference data file in its README format: raw (units x raters, NA = missing; non-numeric labels are
/// coded by their sorted order, which only nominal statistics use), table (q x q) or counts (units x q).
/// </summary>
internal static class ReferenceDataSet
{
    public static RatingMatrix LoadRaw(string file, IReadOnlyList<string>? columns)
    {
        var csv = CsvTable.Load(Path.Combine(RepositoryPaths.IrrData, file));
        var picked = columns is null
            ? Enumerable.Range(1, csv.Header.Count - 1).ToArray()
            : columns.Select(c => IndexOf(csv.Header, c)).ToArray();
        var cells = csv.Rows.Select(r => picked.Select(j => r.Fields[j]).ToArray()).ToList();
        var labels = cells.SelectMany(r => r).Where(v => v != "NA" && !IsNumber(v)).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = cells.Select(r => r.Select(v => Parse(v, labels)).ToArray()).ToList();
        return RatingMatrix.FromRows(rows);
    }

    public static ContingencyTable LoadTable(string file) => new(LoadNumbers(file));

    public static CategoryCounts LoadCounts(string file) => new(LoadNumbers(file));

    private static double[,] LoadNumbers(string file)
    {
        var csv = CsvTable.Load(Path.Combine(RepositoryPaths.IrrData, file));
        var cells = new double[csv.Rows.Count, csv.Header.Count - 1];
        for (var i = 0; i < csv.Rows.Count; i++)
        {
            for (var j = 1; j < csv.Header.Count; j++)
            {
                cells[i, j - 1] = double.Parse(csv.Rows[i].Fields[j], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return cells;
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var j = 0; j < header.Count; j++)
        {
            if (header[j] == column)
            {
                return j;
            }
        }

        throw new KeyNotFoundException($"No column '{column}'.");
    }

    private static bool IsNumber(string v) => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static double Parse(string v, List<string> labels) =>
        v == "NA" ? double.NaN
        : IsNumber(v) ? double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)
        : labels.IndexOf(v) + 1;
}
