using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Coding;

[Description("Import human codes (long format: interview,passage,variable,coder,score[[,evidence]]); all rows or none.")]
public sealed class CodesImportCommand : StudyCommand<CodesImportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<CSV>")]
        public string File { get; init; } = "";
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var result = await CodesImporter.ImportAsync(session, settings.File, cancellationToken);
        Output.Result(result, $"{result.Rows} rows: {result.Added} codes recorded, {result.Unchanged} unchanged (coders: {string.Join(", ", result.Coders)})");
        return 0;
    }
}
