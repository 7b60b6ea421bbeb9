using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Codebooks;

[Description("Import a codebook (yaml, json, qdc, csv, xlsx by extension); a changed codebook becomes a new version.")]
public sealed class CodebookImportCommand : StudyCommand<CodebookImportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var result = await CodebookImport.ImportAsync(session, settings.File, cancellationToken);
        foreach (var v in result.OrphanedCodeVariables)
        {
            Console.Error.WriteLine($"note: codes for variable '{v}' are kept, but version {result.Version} no longer has it");
        }
        Output.Result(result, result.Created
            ? $"Imported {settings.File} as codebook version {result.Version} ({result.Variables} variables in {result.Categories} categories){(result.Changes.Count > 0 ? $"; {result.Changes.Count} changes since version {result.Version - 1}" : "")}"
            : $"Codebook unchanged: still version {result.Version}");
        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine(warning); // already "file:line: warning: ..."
        }
        return 0;
    }
}
