using PreCoder.Core.Errors;

namespace PreCoder.Core.Text;

/// <summary>A CSV/TSV file read with its header: rows are checked to have the header's width, columns are found by name.</summary>
public sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRecord> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRecord> Rows { get; }

    /// <summary>Reads the file as strict UTF-8 text (see <see cref="TextFile"/>) and loads it.</summary>
    public static CsvTable Load(string path) => Load(path, TextFile.ReadText(path));

    private static CsvTable Load(string path, string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var records = CsvReader.Read(path, text, CsvReader.DelimiterFor(path, firstLine)).ToList();
        if (records.Count == 0)
        {
            throw new InputException(path, null, "the file is empty (a header row is needed)");
        }
        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        var dup = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1);
        if (dup is not null)
        {
            throw new InputException(path, 1, $"column '{dup.Key}' appears twice in the header");
        }
        foreach (var r in records.Skip(1))
        {
            if (r.Fields.Count != header.Length)
            {
                throw new InputException(path, r.Line, $"row has {r.Fields.Count} fields but the header has {header.Length}");
            }
        }
        return new CsvTable(path, header, records.Skip(1).ToArray());
    }

    /// <summary>The index of a column, -1 when absent.</summary>
    public int IndexOf(string column) =>
        Array.FindIndex(Header.ToArray(), h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));

    /// <summary>The index of a required column; its absence is an error naming the file's header line.</summary>
    public int Require(string column, string why)
    {
        var i = IndexOf(column);
        if (i < 0)
        {
            throw new InputException(File, 1, $"no column '{column}' ({why}); the header has: {string.Join(", ", Header)}");
        }
        return i;
    }
}
