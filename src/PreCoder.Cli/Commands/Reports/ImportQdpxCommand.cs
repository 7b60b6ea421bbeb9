using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Reports;

[Description("Import a REFI-QDA project (.qdpx from PreCoder, ATLAS.ti, MAXQDA, NVivo, QualCoder): its code tree as the codebook when the study has none, text sources as interviews, users' codings as codes with verbatim quotes. All or nothing.")]
public sealed class ImportQdpxCommand : StudyCommand<ImportQdpxCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The .qdpx project file.")]
        public string File { get; init; } = "";
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var result = await StudyQdpxImport.ImportAsync(session, settings.File, cancellationToken);
        var codebook = result.CodebookCreated ? $"codebook version {result.CodebookVersion} from the project" : $"codebook version {result.CodebookVersion}";
        var skipped = (result.SkippedMachineCodings > 0 ? $"; {result.SkippedMachineCodings} machine codings left out" : "")
            + (result.SkippedSources > 0 ? $"; {result.SkippedSources} non-text sources left out" : "");
        Output.Result(result,
            $"{result.File}: {result.NewInterviews} new and {result.MatchedInterviews} existing interviews, {result.Codings} codings: {result.Added} codes recorded, {result.Unchanged} unchanged ({codebook}; coders: {string.Join(", ", result.Coders)}){skipped}");
        return 0;
    }
}
