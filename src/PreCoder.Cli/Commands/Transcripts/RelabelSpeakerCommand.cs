using System.ComponentModel;
using PreCoder.Application.Transcripts;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Transcripts;

[Description("Rename a speaker of one interview and set their role (e.g. an automatic SPEAKER_2 is the translator); passages are rebuilt.")]
public sealed class RelabelSpeakerCommand : StudyCommand<RelabelSpeakerCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--interview <ID>")]
        public string Interview { get; init; } = "";

        [CommandOption("--speaker <LABEL>")]
        [Description("The speaker label as stored now.")]
        public string Speaker { get; init; } = "";

        [CommandOption("--as <LABEL>")]
        [Description("The new label (default: unchanged).")]
        public string? As { get; init; }

        [CommandOption("--role <ROLE>")]
        [Description("interviewee, interviewer or translator (default: guessed from the new label).")]
        public string? Role { get; init; }

        [CommandOption("--passages <MODE>")]
        [Description("window or segment, as at ingest (default: the Passages settings).")]
        public string? Passages { get; init; }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var r = await SpeakerRelabelling.RelabelAsync(session, new SpeakerRelabelRequest(settings.Interview, settings.Speaker)
        {
            NewLabel = settings.As, Role = settings.Role, PassageMode = settings.Passages,
        }, cancellationToken);
        var evidence = r.QuotesReanchored + r.QuotesUnanchored > 0
            ? $" Evidence: {r.QuotesReanchored} quote(s) re-anchored, {r.QuotesUnanchored} no longer in the transcript (flagged for review)."
            : "";
        Output.Result(r, $"{r.Segments} segments of {r.Interview} are now '{r.Speaker}' ({r.Role}); {r.Passages} passages rebuilt.{evidence} Run precode again for new suggestions.");
        return 0;
    }
}
