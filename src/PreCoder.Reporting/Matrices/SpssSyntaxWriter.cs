using System.Globalization;
using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Matrices;

/// <summary>
/// An SPSS syntax file that reads the matrix CSV and declares what the CSV cannot carry: variable labels, value labels
/// (anchors, nominal categories, missing reasons), missing codes as user-missing values and measurement levels.
/// Runs in SPSS Statistics and in GNU PSPP; <see cref="SpssSavWriter"/> writes the same dictionary as a native <c>.sav</c>.
/// </summary>
public static class SpssSyntaxWriter
{
    public static void Write(AnalysisMatrix matrix, string csvFileName, TextWriter w)
    {
        w.WriteLine("* Encoding: UTF-8.");
        w.WriteLine($"* Written by PreCoder: the analysis matrix of {Comment(matrix.Source)}.");
        w.WriteLine($"* Run it from the folder holding {Comment(csvFileName)}, or put the full path in /FILE.");
        w.WriteLine($"* Missing codes: {Comment(string.Join(", ", matrix.Missing.Labels.Select(l => $"{MissingCodes.Text(l.Code)} = {l.Label}")))}; an empty cell is not coded.");
        w.WriteLine();
        w.WriteLine("GET DATA");
        w.WriteLine("  /TYPE=TXT");
        w.WriteLine($"  /FILE={Quote(csvFileName)}");
        w.WriteLine("  /ENCODING='UTF8'");
        w.WriteLine("  /ARRANGEMENT=DELIMITED");
        w.WriteLine("  /DELCASE=LINE");
        w.WriteLine("  /FIRSTCASE=2");
        w.WriteLine("  /DELIMITERS=\",\"");
        w.WriteLine("  /QUALIFIER='\"'");
        w.WriteLine("  /VARIABLES=");
        foreach (var c in matrix.Columns)
        {
            w.WriteLine($"    {c.Name} {Format(c)}");
        }

        w.WriteLine("  .");
        w.WriteLine("EXECUTE.");
        w.WriteLine();
        w.WriteLine("VARIABLE LABELS");
        w.WriteLine(string.Join("\n", matrix.Columns.Select(c => $"  {c.Name} {Quote(c.Label)}")) + ".");

        var variables = matrix.Variables.ToArray();
        if (variables.Length > 0)
        {
            // Variables sharing a scale share one label list, which keeps the file readable for a 288-variable codebook.
            w.WriteLine();
            w.WriteLine("VALUE LABELS");
            var groups = variables.GroupBy(c => LabelText(c, matrix.Missing)).ToArray();
            for (var g = 0; g < groups.Length; g++)
            {
                var prefix = g == 0 ? "  " : "  /";
                w.WriteLine($"{prefix}{Names(groups[g])}");
                w.Write(groups[g].Key);
            }

            w.WriteLine(".");
            w.WriteLine();
            w.WriteLine($"MISSING VALUES {Names(variables)} (LOWEST THRU -1).");
            w.WriteLine();
            w.WriteLine("VARIABLE LEVEL");
            var levels = variables.GroupBy(Level).Select(g => $"{Names(g)} ({g.Key})");
            w.WriteLine("  " + string.Join("\n  /", levels) + ".");
        }

        var numericAttributes = matrix.Columns.Where(c => c.Kind == MatrixColumnKind.Attribute && c.Numeric).ToArray();
        if (numericAttributes.Length > 0)
        {
            w.WriteLine();
            w.WriteLine($"VARIABLE LEVEL {Names(numericAttributes)} (SCALE).");
        }

        w.WriteLine();
        w.WriteLine("DATASET NAME precoder WINDOW=FRONT.");
    }

    // Scores are whole numbers except on numeric scales; attributes that are numbers (ages, years) keep two decimals.
    private static string Format(MatrixColumn c) => c switch
    {
        { Numeric: false } => $"A{Math.Max(1, c.Width)}",
        { Kind: MatrixColumnKind.Variable, Scale.Kind: not ScaleKind.Numeric } => "F8.0",
        _ => "F8.2",
    };

    // Eight names a line keeps every syntax line short, whatever the SPSS or PSPP version's line limit.
    private static string Names(IEnumerable<MatrixColumn> columns) =>
        string.Join("\n    ", columns.Select(c => c.Name).Chunk(8).Select(chunk => string.Join(" ", chunk)));

    private static string Level(MatrixColumn c) => c.Scale?.Kind switch
    {
        ScaleKind.Nominal => "NOMINAL",
        ScaleKind.Numeric => "SCALE",
        _ => "ORDINAL",
    };

    private static string LabelText(MatrixColumn c, MissingCodes missing)
    {
        var lines = c.ValueLabels.Concat(missing.Labels).Select(l => $"    {l.Code.ToString(CultureInfo.InvariantCulture)} {Quote(l.Label)}\n");
        return string.Concat(lines);
    }

    // SPSS string literals: double quotes, an inner quote doubled; at most 120 bytes per value label, so longer anchors are cut.
    private static string Quote(string text)
    {
        var clean = text.Replace("\r", " ").Replace("\n", " ");
        clean = clean.Length > 120 ? clean[..117] + "..." : clean;
        return "\"" + clean.Replace("\"", "\"\"") + "\"";
    }

    // A comment ends at a line break or a period at the end of a line; neither may appear inside one.
    private static string Comment(string text) => text.Replace("\r", " ").Replace("\n", " ").TrimEnd('.');
}
