using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Codebooks.Files;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Core.Errors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Codebooks;

[Description("Export the study's codebook as yaml, json, qdc (REFI-QDA), csv or xlsx.")]
public sealed class CodebookExportCommand : StudyCommand<CodebookExportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("yaml, json, qdc, csv or xlsx.")]
        public string Format { get; init; } = "yaml";

        [CommandOption("--version <N>")]
        [Description("A stored version (default: the latest).")]
        public int? Version { get; init; }

        [CommandOption("--out <FILE>")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            CodebookFormats.TryParse(Format, out var format) && format == CodebookFormat.Xlsx && Out is null
                ? ValidationResult.Error("--out: xlsx is binary: give --out FILE.xlsx")
                : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        if (!CodebookFormats.TryParse(settings.Format, out var format))
        {
            throw new InputException("--format", null, $"'{settings.Format}' is not one of {string.Join(", ", CodebookFormats.KnownNames)}");
        }
        var codebook = await StudyCodebook.LoadAsync(session, settings.Version, cancellationToken);
        if (format == CodebookFormat.Xlsx)
        {
            CodebookFiles.Save(codebook.Codebook, settings.Out!, format);
            return 0;
        }
        if (format == CodebookFormat.Csv && settings.Out is not null)
        {
            // The table stays a plain header-first CSV; codebook-level rows go to its side file.
            CodebookFiles.Save(codebook.Codebook, settings.Out, format);
            Console.Error.WriteLine($"note: codebook id, categories and named scales are in {CodebookCsv.SideFilePath(settings.Out)}");
            return 0;
        }
        await using var w = Output.OpenTarget(settings.Out);
        await w.WriteAsync(CodebookFiles.ToText(codebook.Codebook, format));
        return 0;
    }
}
