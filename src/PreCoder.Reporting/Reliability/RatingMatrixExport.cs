using PreCoder.Agreement;
using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Reliability;

/// <summary>Writes one variable's units x coders matrix as CSV (missing left empty) so results can be re-checked in R or Python.</summary>
public static class RatingMatrixExport
{
    /// <returns>The number of units written; 0 writes nothing.</returns>
    public static int Write(TextWriter writer, Variable variable, IReadOnlyList<ReportCoder> coders, IReadOnlyList<UnitRating> ratings)
    {
        var columns = coders.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var rows = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var r in ratings.Where(r => r.VariableId == variable.Id && columns.ContainsKey(r.CoderId)))
        {
            if (!rows.TryGetValue(r.Unit, out var row))
            {
                row = Enumerable.Repeat(double.NaN, coders.Count).ToArray();
                rows[r.Unit] = row;
            }
            row[columns[r.CoderId]] = r.Value;
        }
        if (rows.Count == 0)
        {
            return 0;
        }
        RatingMatrixCsvWriter.Write(writer, RatingMatrix.FromRows(rows.Values.ToList()), rows.Keys.ToList(), coders.Select(c => c.Id).ToList());
        return rows.Count;
    }
}
