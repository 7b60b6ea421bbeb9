using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Coding;

[Description("Import participant attributes: first column the interview id, one column per attribute; all rows or none.")]
public sealed class AttributesImportCommand : StudyCommand<AttributesImportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<CSV>")]
        public string File { get; init; } = "";
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var result = await AttributesImporter.ImportAsync(session, settings.File, cancellationToken);
        Output.Result(result, $"Attributes for {result.Interviews} interviews: {string.Join(", ", result.Attributes)}");
        return 0;
    }
}
