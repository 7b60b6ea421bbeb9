using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Ingest;

[Description("Import transcripts (txt, vtt, srt, docx, csv/tsv) and transcribe recordings into the study.")]
public sealed class IngestCommand : StudyCommand<IngestCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files or folders (read recursively).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("auto (by extension), txt, vtt, srt, docx or csv.")]
        public string Format { get; init; } = "auto";

        [CommandOption("--map <MAP>")]
        [Description("CSV/TSV columns: interview=COL,segment=COL,speaker=COL,start=COL,end=COL,text=COL[[,english=COL,language=COL,role=COL]].")]
        public string? Map { get; init; }

        [CommandOption("--roles <ROLES>")]
        [Description("Which speaker label is which role: interviewee=LABEL,interviewer=LABEL,translator=LABEL.")]
        public string? Roles { get; init; }

        [CommandOption("--passages <MODE>")]
        [Description("window (interviewee turns sized for reading, default) or segment (one passage per segment, keeping its id).")]
        public string? Passages { get; init; }

        [CommandOption("--model <PATH>")]
        [Description("Whisper ggml model file for recordings (same as --set Transcription:ModelPath=PATH).")]
        public string? Model { get; init; }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var request = new IngestRequest(settings.Paths)
        {
            Format = settings.Format, Map = settings.Map, Roles = settings.Roles, Passages = settings.Passages, Model = settings.Model,
        };
        var report = await StudyIngest.RunAsync(session, request, ConsoleRunProgress.Instance, cancellationToken);
        Output.Result(report, report.Describe());
        return report.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
