using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Reports;

[Description("The study as a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo or QualCoder: transcripts, codebook, coders, quoted and passage codings (scores in coding notes), interviews as cases with attributes and scores.")]
public sealed class ExportQdpxCommand : StudyCommand<ExportQdpxCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("The .qdpx file to write (default: STUDY-FOLDER-NAME.qdpx in the current folder).")]
        public string? Out { get; init; }

        [CommandOption("--coder <NAME>")]
        [Description("Whose scores the cases' variables hold: a coder, consensus or machine:NAME (default: the first human coder).")]
        public string? Coder { get; init; }

        [CommandOption("--machine")]
        [Description("Also export every machine coder's quoted suggestions as codings (as users named machine:...).")]
        public bool Machine { get; init; }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var result = await StudyQdpxExport.WriteAsync(session, new QdpxExportRequest(settings.Out) { Coder = settings.Coder, Machine = settings.Machine }, cancellationToken);
        Output.Result(
            new { file = result.File, interviews = result.Interviews, codings = result.Codings, cases = result.Cases },
            $"wrote {result.File}: {result.Interviews} interviews, {result.Codes} codes, case scores of {result.Cases}");
        return 0;
    }
}
