using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Matrices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Reports;

[Description("One row per interview, one column per attribute and variable, for R, SPSS or any statistics package: CSV, plus a native SPSS .sav and SPSS syntax (value labels, user-missing codes) or an R script (factor labels).")]
public sealed class ExportMatrixCommand : StudyCommand<ExportMatrixCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--coder <NAME>")]
        [Description("Whose codes: a coder, 'consensus' (a reconciled coder named consensus, else the strict majority of human coders) or 'machine:NAME' (default: the first human coder).")]
        public string? Coder { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("csv (default), sav (CSV + SPSS system file .sav + SPSS syntax .sps) or r (CSV + R script); comma-separated for several.")]
        public string Format { get; init; } = "csv";

        [CommandOption("--out <DIR>")]
        [Description("Folder for matrix.csv and its .sav/.sps/.R (needed for sav and r; without it, csv goes to standard output).")]
        public string? Out { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("File name stem (default: matrix).")]
        public string Name { get; init; } = "matrix";

        /// <summary>The formats asked for, lower case; an unknown one is reported when the command runs.</summary>
        public IReadOnlySet<string> Formats =>
            Format.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToHashSet();

        public bool Spss => Formats.Overlaps(["sav", "sps", "spss"]);

        public bool R => Formats.Contains("r");

        public override ValidationResult Validate() =>
            (Spss || R) && Out is null
                ? ValidationResult.Error("--out: sav and r write a CSV and a script side by side: give --out DIR")
                : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var formats = settings.Formats;
        var unknown = formats.FirstOrDefault(f => f is not ("csv" or "sav" or "sps" or "spss" or "r"));
        if (unknown is not null || formats.Count == 0)
        {
            throw new InputException("--format", null, $"'{unknown ?? settings.Format}' is not a format (csv|sav|r)");
        }
        var spss = settings.Spss;
        var r = settings.R;

        var matrix = await StudyMatrix.BuildAsync(session, settings.Coder, cancellationToken);

        if (settings.Out is null)
        {
            await using var stdout = Output.OpenTarget(null);
            MatrixCsvWriter.Write(matrix, stdout);
            return 0;
        }
        Directory.CreateDirectory(settings.Out);
        var csv = settings.Name + ".csv";
        var written = new List<string> { Write(settings.Out, csv, w => MatrixCsvWriter.Write(matrix, w)) };
        if (spss)
        {
            var sav = Path.Combine(settings.Out, settings.Name + ".sav");
            await using (var file = File.Create(sav))
            {
                SpssSavWriter.Write(matrix, file, session.Time.GetUtcNow());
            }
            written.Add(sav);
            written.Add(Write(settings.Out, settings.Name + ".sps", w => SpssSyntaxWriter.Write(matrix, csv, w)));
        }
        if (r)
        {
            written.Add(Write(settings.Out, settings.Name + ".R", w => RScriptWriter.Write(matrix, csv, w)));
        }
        Output.Result(
            new { source = matrix.Source, interviews = matrix.Rows.Count, columns = matrix.Columns.Count, files = written },
            $"wrote {string.Join(", ", written)}: {matrix.Rows.Count} interviews x {matrix.Columns.Count} columns ({matrix.Source})");
        return 0;
    }

    private static string Write(string folder, string name, Action<TextWriter> write)
    {
        var path = Path.Combine(folder, name);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        write(writer);
        return path;
    }
}
