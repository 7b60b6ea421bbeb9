using System.Globalization;

namespace PreCoder.Agreement;

/// <summary>
/// Reads ratings from CSV text in any <see cref="RatingsLayout"/>. Missing scores are empty cells, <c>NA</c>,
/// <c>.</c> or <c>missing</c> (also <c>missing:reason</c>) and stay missing data, never 0. Numbers are read
/// culture-invariant. Every problem is a <see cref="RatingsFormatException"/> naming the line.
/// </summary>
public static class RatingsCsv
{
    /// <summary>Reads <paramref name="csv"/>; a long file gives one table per variable, in order of first appearance.</summary>
    /// <exception cref="RatingsFormatException">The text does not fit the layout.</exception>
    public static IReadOnlyList<RatingsTable> Read(string csv, RatingsLayout layout)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = CsvRecords.Read(csv);
        if (records.Count < 2)
        {
            throw new RatingsFormatException(null, "need a header row and at least one row of ratings");
        }

        return layout switch
        {
            RatingsLayout.Wide => [ReadWide(records)],
            RatingsLayout.Long => ReadLong(records),
            RatingsLayout.Table => [ReadTable(records)],
            RatingsLayout.Counts => [ReadCounts(records)],
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
        };
    }

    /// <summary>True for the cells read as a missing score.</summary>
    public static bool IsMissing(string cell) =>
        cell.Length == 0 || cell is "NA" or "." || cell.Equals("missing", StringComparison.OrdinalIgnoreCase)
        || cell.StartsWith("missing:", StringComparison.OrdinalIgnoreCase);

    private static RatingsTable ReadWide(List<(int Line, string[] Fields)> records)
    {
        var (headerLine, header) = records[0];
        if (header.Length < 3)
        {
            throw new RatingsFormatException(headerLine, "a wide file needs a unit column and at least two coder columns: unit,coderA,coderB,...");
        }

        var coders = header[1..];
        RequireUnique(coders, headerLine, "coder");
        var cells = new List<(int Line, string[] Scores)>();
        var units = new List<string>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Length != header.Length)
            {
                throw new RatingsFormatException(line, $"{fields.Length} cells where the header has {header.Length}");
            }

            units.Add(fields[0]);
            cells.Add((line, fields[1..]));
        }

        var (rows, labels) = Code(cells);
        return new RatingsTable(null, units, coders, labels) { Matrix = RatingMatrix.FromRows(rows) };
    }

    private static List<RatingsTable> ReadLong(List<(int Line, string[] Fields)> records)
    {
        var (headerLine, header) = records[0];
        var names = header.Select(h => h.ToLowerInvariant()).ToList();
        int Column(string name, bool required)
        {
            var i = names.IndexOf(name);
            return i >= 0 || !required ? i
                : throw new RatingsFormatException(headerLine, $"a long file needs a '{name}' column (header: unit,variable,coder,score; variable optional)");
        }

        int unitColumn = Column("unit", true), coderColumn = Column("coder", true), scoreColumn = Column("score", true), variableColumn = Column("variable", false);
        var byVariable = new Dictionary<string, List<(int Line, string Unit, string Coder, string Score)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Length != header.Length)
            {
                throw new RatingsFormatException(line, $"{fields.Length} cells where the header has {header.Length}");
            }

            var variable = variableColumn >= 0 ? fields[variableColumn] : "";
            if (!byVariable.TryGetValue(variable, out var list))
            {
                byVariable[variable] = list = [];
                order.Add(variable);
            }

            if (fields[unitColumn].Length == 0 || fields[coderColumn].Length == 0)
            {
                throw new RatingsFormatException(line, "empty unit or coder");
            }

            list.Add((line, fields[unitColumn], fields[coderColumn], fields[scoreColumn]));
        }

        return order.Select(v => LongTable(variableColumn >= 0 ? v : null, byVariable[v])).ToList();
    }

    private static RatingsTable LongTable(string? variable, List<(int Line, string Unit, string Coder, string Score)> ratings)
    {
        var units = ratings.Select(r => r.Unit).Distinct(StringComparer.Ordinal).ToList();
        var coders = ratings.Select(r => r.Coder).Distinct(StringComparer.Ordinal).ToList();
        var unitIndex = units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
        var coderIndex = coders.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var grid = units.Select(_ => Enumerable.Repeat("", coders.Count).ToArray()).ToList();
        var lines = new int[units.Count];
        var seen = new HashSet<(int, int)>();
        foreach (var (line, unit, coder, score) in ratings)
        {
            int u = unitIndex[unit], c = coderIndex[coder];
            if (!seen.Add((u, c)))
            {
                var where = variable is null ? "" : $" on variable '{variable}'";
                throw new RatingsFormatException(line, $"coder '{coder}' rates unit '{unit}' twice{where}");
            }

            grid[u][c] = score;
            lines[u] = lines[u] == 0 ? line : lines[u];
        }

        var (rows, labels) = Code(grid.Select((g, u) => (lines[u], g)).ToList());
        return new RatingsTable(variable, units, coders, labels) { Matrix = RatingMatrix.FromRows(rows) };
    }

    private static RatingsTable ReadTable(List<(int Line, string[] Fields)> records)
    {
        var (headerLine, header) = records[0];
        var categories = header[1..];
        if (records.Count - 1 != categories.Length)
        {
            throw new RatingsFormatException(headerLine, $"a table must be square: {categories.Length} category columns but {records.Count - 1} rows");
        }

        var cells = Numbers(records, categories.Length);
        return new RatingsTable(null, [], [], categories) { Table = new ContingencyTable(cells) };
    }

    private static RatingsTable ReadCounts(List<(int Line, string[] Fields)> records)
    {
        var (headerLine, header) = records[0];
        if (header.Length < 3)
        {
            throw new RatingsFormatException(headerLine, "a counts file needs a unit column and at least two category columns");
        }

        var categories = header[1..];
        var cells = Numbers(records, categories.Length);
        return new RatingsTable(null, records.Skip(1).Select(r => r.Fields[0]).ToArray(), [], categories) { Counts = new CategoryCounts(cells) };
    }

    private static double[,] Numbers(List<(int Line, string[] Fields)> records, int columns)
    {
        var cells = new double[records.Count - 1, columns];
        for (var r = 1; r < records.Count; r++)
        {
            var (line, fields) = records[r];
            if (fields.Length != columns + 1)
            {
                throw new RatingsFormatException(line, $"{fields.Length} cells where the header has {columns + 1}");
            }

            for (var c = 0; c < columns; c++)
            {
                if (!double.TryParse(fields[c + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsInfinity(value))
                {
                    throw new RatingsFormatException(line, $"'{fields[c + 1]}' is not a count (a number 0 or more)");
                }

                cells[r - 1, c] = value;
            }
        }

        return cells;
    }

    // Numbers stay numbers; if any score is a word, every score is a label coded by sorted order (as R's factor() does).
    private static (List<double[]> Rows, IReadOnlyList<string> Labels) Code(List<(int Line, string[] Scores)> cells)
    {
        var present = cells.SelectMany(c => c.Scores).Where(s => !IsMissing(s)).ToList();
        var numeric = present.All(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v));
        var labels = numeric ? [] : present.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rows = cells.Select(c => c.Scores.Select(s =>
            IsMissing(s) ? double.NaN
            : numeric ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)
            : labels.IndexOf(s) + 1.0).ToArray()).ToList();
        return (rows, labels);
    }

    private static void RequireUnique(string[] names, int line, string what)
    {
        var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RatingsFormatException(line, $"{what} '{duplicate.Key}' appears twice in the header");
        }

        if (names.Any(n => n.Length == 0))
        {
            throw new RatingsFormatException(line, $"a {what} column has no name");
        }
    }
}
