using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Codebooks.Files;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Codebooks;

[Description("Check a codebook file: every problem with file, line and a fix hint; non-zero exit on errors. Needs no study.")]
public sealed class CodebookValidateCommand : StudyCommand<CodebookValidateCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";
    }

    protected override bool RequiresStudy => false;

    protected override Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var result = CodebookFiles.Read(settings.File);
        foreach (var d in result.Diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
        }
        var errors = result.Errors.Count();
        Output.Result(
            new { file = settings.File, valid = result.Succeeded, variables = result.Codebook?.Variables.Count ?? 0, diagnostics = result.Diagnostics.Select(d => new { d.Line, d.Message, d.Hint, severity = d.IsError ? "error" : "warning" }) },
            result.Succeeded ? $"{settings.File}: valid ({result.Codebook!.Variables.Count} variables, {result.Codebook.Categories.Count} categories)" : $"{settings.File}: {errors} error(s)");
        return Task.FromResult(result.Succeeded ? 0 : Core.Errors.ExitCodes.BadInput);
    }
}
