using System.Globalization;
using System.Text;
using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Matrices;

/// <summary>
/// The analysis matrix as a native SPSS system file (<c>.sav</c>), uncompressed, following the system-file format as
/// GNU PSPP documents it: the file header, one variable record per column (plus continuation records for strings
/// longer than 8 bytes), variable labels, value labels for the scale anchors and missing reasons, the missing codes as
/// user-missing values (the range -99 to -1, which holds every code <see cref="MissingCodes"/> gives), the machine and
/// encoding records (UTF-8), long variable names, measurement levels, and the cases. No maintained .NET package
/// writes .sav, and the format's subset used here is small, so it is written by hand and read back by PSPP in a test.
/// </summary>
public static class SpssSavWriter
{
    private const int MaxString = 255;
    private const int MaxLabel = 120;
    private const double SystemMissing = -double.MaxValue;

    public static void Write(AnalysisMatrix matrix, Stream output, DateTimeOffset createdAt)
    {
        var columns = Columns(matrix);
        using var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        Header(w, matrix, columns, createdAt);
        foreach (var c in columns)
        {
            VariableRecords(w, c);
        }

        ValueLabels(w, matrix, columns);
        MachineIntegers(w);
        Extension(w, 11, 4, columns.SelectMany(c => new[] { Measure(c.Column), Math.Min(c.Width, 40), c.Column.Numeric ? 1 : 0 }).SelectMany(BitConverter.GetBytes).ToArray());
        Extension(w, 13, 1, Encoding.UTF8.GetBytes(string.Join("\t", columns.Select(c => $"{c.ShortName}={c.Column.Name}"))));
        Extension(w, 20, 1, Encoding.ASCII.GetBytes("UTF-8"));
        w.Write(999);
        w.Write(0);
        foreach (var row in matrix.Rows)
        {
            foreach (var c in columns)
            {
                var cell = row[c.Index];
                if (c.Column.Numeric)
                {
                    w.Write(cell.Length > 0 && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : SystemMissing);
                }
                else
                {
                    w.Write(Padded(Truncate(cell, c.Width), c.Segments * 8));
                }
            }
        }
    }

    /// <summary>A column as the file lays it out: its 8-character short name, string width and 8-byte segments.</summary>
    private sealed record SavColumn(MatrixColumn Column, int Index, string ShortName, int Width)
    {
        public int Segments => Column.Numeric ? 1 : (Width + 7) / 8;
    }

    private static SavColumn[] Columns(AnalysisMatrix matrix)
    {
        // Short names are what old readers see; the long-name record gives every column its real name back.
        var used = new HashSet<string>(StringComparer.Ordinal);
        return matrix.Columns.Select((c, i) =>
        {
            var upper = c.Name.ToUpperInvariant();
            var shortName = upper.Length <= 8 && Encoding.UTF8.GetByteCount(upper) == upper.Length && used.Add(upper) ? upper : Unique(used, i);
            return new SavColumn(c, i, shortName, c.Numeric ? 0 : Math.Clamp(c.Width, 1, MaxString));
        }).ToArray();
    }

    private static string Unique(HashSet<string> used, int index)
    {
        for (var n = index + 1; ; n++)
        {
            var name = "V" + n.ToString(CultureInfo.InvariantCulture);
            if (used.Add(name))
            {
                return name;
            }
        }
    }

    private static void Header(BinaryWriter w, AnalysisMatrix matrix, SavColumn[] columns, DateTimeOffset createdAt)
    {
        w.Write(Encoding.ASCII.GetBytes("$FL2"));
        w.Write(Padded("@(#) SPSS DATA FILE PreCoder", 60));
        w.Write(2); // layout code: little-endian integers
        w.Write(columns.Sum(c => c.Segments));
        w.Write(0); // not compressed
        w.Write(0); // no weight variable
        w.Write(matrix.Rows.Count);
        w.Write(100.0); // compression bias, written even when uncompressed
        var utc = createdAt.UtcDateTime;
        w.Write(Encoding.ASCII.GetBytes(utc.ToString("dd MMM yy", CultureInfo.InvariantCulture)));
        w.Write(Encoding.ASCII.GetBytes(utc.ToString("HH:mm:ss", CultureInfo.InvariantCulture)));
        w.Write(Padded($"PreCoder matrix: {matrix.Source}", 64));
        w.Write(new byte[3]);
    }

    private static void VariableRecords(BinaryWriter w, SavColumn c)
    {
        var variable = c.Column.Kind == MatrixColumnKind.Variable;
        var format = c.Column.Numeric
            ? Format(5, 8, variable && c.Column.Scale?.Kind != ScaleKind.Numeric ? 0 : 2)
            : Format(1, c.Width, 0);
        w.Write(2);
        w.Write(c.Column.Numeric ? 0 : c.Width);
        w.Write(1); // every column has a label
        w.Write(variable ? -2 : 0); // scores: a range of user-missing codes
        w.Write(format);
        w.Write(format);
        w.Write(Padded(c.ShortName, 8));
        var label = Truncate(c.Column.Label, MaxString);
        w.Write(label.Length);
        w.Write(Padded(label, (label.Length + 3) / 4 * 4));
        if (variable)
        {
            w.Write(MissingCodes.NotApplicable);
            w.Write(MissingCodes.Unspecified);
        }

        for (var s = 1; s < c.Segments; s++)
        {
            // Continuation of a long string: type -1, everything else empty.
            w.Write(2);
            w.Write(-1);
            w.Write(0);
            w.Write(0);
            w.Write(0);
            w.Write(0);
            w.Write(Padded("", 8));
        }
    }

    private static void ValueLabels(BinaryWriter w, AnalysisMatrix matrix, SavColumn[] columns)
    {
        // Dictionary indexes count 8-byte segments from 1, so a long string before a variable shifts its index.
        var index = new Dictionary<SavColumn, int>();
        var next = 1;
        foreach (var c in columns)
        {
            index[c] = next;
            next += c.Segments;
        }

        foreach (var group in columns.Where(c => c.Column.Kind == MatrixColumnKind.Variable)
                     .GroupBy(c => string.Join("\n", c.Column.ValueLabels.Select(l => $"{l.Code}={l.Label}"))))
        {
            var labels = group.First().Column.ValueLabels.Concat(matrix.Missing.Labels).ToArray();
            w.Write(3);
            w.Write(labels.Length);
            foreach (var (code, text) in labels)
            {
                w.Write(code);
                var bytes = Truncate(text, MaxLabel);
                w.Write((byte)bytes.Length);
                w.Write(Padded(bytes, (bytes.Length + 1 + 7) / 8 * 8 - 1));
            }

            var members = group.ToArray();
            w.Write(4);
            w.Write(members.Length);
            foreach (var c in members)
            {
                w.Write(index[c]);
            }
        }
    }

    private static void MachineIntegers(BinaryWriter w)
    {
        // Version 1.0.0, machine unknown, IEEE 754 doubles, no compression, little-endian, code page 65001 (UTF-8).
        int[] values = [1, 0, 0, -1, 1, 1, 2, 65001];
        Extension(w, 3, 4, values.SelectMany(BitConverter.GetBytes).ToArray());
    }

    private static void Extension(BinaryWriter w, int subtype, int size, byte[] data)
    {
        w.Write(7);
        w.Write(subtype);
        w.Write(size);
        w.Write(data.Length / size);
        w.Write(data);
    }

    // 1 nominal, 2 ordinal, 3 scale, as the variable display record codes them.
    private static int Measure(MatrixColumn c) => c switch
    {
        { Numeric: false } => 1,
        { Kind: MatrixColumnKind.Variable, Scale.Kind: ScaleKind.Nominal } => 1,
        { Kind: MatrixColumnKind.Variable, Scale.Kind: not ScaleKind.Numeric } => 2,
        _ => 3,
    };

    // Print and write formats pack the format type, width and decimals into one integer.
    private static int Format(int type, int width, int decimals) => (type << 16) | (width << 8) | decimals;

    private static byte[] Padded(string text, int length) => Padded(Encoding.UTF8.GetBytes(text), length);

    private static byte[] Padded(byte[] bytes, int length)
    {
        var result = new byte[length];
        Array.Fill(result, (byte)' ');
        Array.Copy(bytes, result, Math.Min(bytes.Length, length));
        return result;
    }

    /// <summary>The text's UTF-8 bytes, cut at a character boundary so they fit <paramref name="max"/>.</summary>
    private static byte[] Truncate(string text, int max)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\r", " ").Replace("\n", " "));
        if (bytes.Length <= max)
        {
            return bytes;
        }

        var cut = max;
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        return bytes[..cut];
    }
}
