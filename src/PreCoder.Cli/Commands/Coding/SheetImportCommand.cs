using System.ComponentModel;
using PreCoder.Application.Sheets;
using PreCoder.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Coding;

[Description("Record a filled coding sheet (xlsx or csv) as one coder's decisions: all rows or none; importing it again records nothing new.")]
public sealed class SheetImportCommand : StudyCommand<SheetImportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [CommandOption("--coder <NAME>")]
        [Description("Whose decisions these are.")]
        public string? Coder { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Coder) ? ValidationResult.Error("sheet import needs --coder NAME") : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var result = await CodingSheetImport.ImportAsync(session, settings.File, settings.Coder!, cancellationToken);
        Output.Result(result, $"{settings.File}: {result.Filled} filled rows of {result.Rows}: {result.Recorded} decisions recorded, {result.Unchanged} unchanged");
        return 0;
    }
}
