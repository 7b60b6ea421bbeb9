using System.ComponentModel;
using PreCoder.Application.Sheets;
using PreCoder.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Coding;

[Description("Write a coding sheet for one coder: one row per interview and variable with the machine's suggestion, confidence and evidence, and columns for score, missing_reason and note.")]
public sealed class SheetExportCommand : StudyCommand<SheetExportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--coder <NAME>")]
        [Description("Whose sheet: their current codes are filled in.")]
        public string? Coder { get; init; }

        [CommandOption("--interviews <A,B>")]
        [Description("Comma-separated interview ids (default: every interview).")]
        public string? Interviews { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("xlsx (default; with a drop-down of scale values) or csv.")]
        public string Format { get; init; } = "xlsx";

        [CommandOption("--out <FILE>")]
        [Description("The sheet file (default: sheet-CODER.FORMAT; csv may go to standard output with -).")]
        public string? Out { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Coder))
            {
                return ValidationResult.Error("sheet export needs --coder NAME");
            }
            var format = Format.Trim().ToLowerInvariant();
            if (format is not ("xlsx" or "csv"))
            {
                return ValidationResult.Error($"--format '{Format}' is not supported (xlsx|csv)");
            }
            if (format == "xlsx" && Out == "-")
            {
                return ValidationResult.Error("xlsx is binary: give --out FILE.xlsx");
            }
            return ValidationResult.Success();
        }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var interviews = settings.Interviews?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rows = await CodingSheetExport.BuildAsync(session, settings.Coder!, interviews, cancellationToken);
        var format = settings.Format.Trim().ToLowerInvariant();
        var path = settings.Out ?? $"sheet-{settings.Coder}.{format}";
        if (format == "xlsx")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await using var file = File.Create(path);
            CodingSheetExport.WriteXlsx(rows, file);
        }
        else
        {
            await using var writer = Output.OpenTarget(path);
            CodingSheetExport.WriteCsv(rows, writer);
        }
        if (path != "-")
        {
            Console.Error.WriteLine($"wrote {path}: {rows.Count} rows ({rows.Count(r => r.Suggestion.Length > 0)} with a suggestion, {rows.Count(r => r.Score.Length > 0)} already coded by {settings.Coder})");
        }
        return 0;
    }
}
