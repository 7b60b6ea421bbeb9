using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Commands.Ingest;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Transcripts.Import;
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
        await using var db = session.CreateDb();
        var segments = await db.Segments.Where(s => s.InterviewId == settings.Interview).OrderBy(s => s.Index).ToListAsync(cancellationToken);
        if (segments.Count == 0)
        {
            throw new InputException("--interview", null, $"unknown interview '{settings.Interview}'");
        }
        var matching = segments.Where(s => s.Speaker == settings.Speaker).ToList();
        if (matching.Count == 0)
        {
            throw new InputException("--speaker", null, $"interview '{settings.Interview}' has no speaker '{settings.Speaker}' (speakers: {string.Join(", ", segments.Select(s => s.Speaker).Distinct())})");
        }
        var label = settings.As ?? settings.Speaker;
        var role = settings.Role is { } r ? RoleMap.Parse($"{r}={label}").RoleOf(label) : RoleMap.Default.RoleOf(label);
        foreach (var s in matching)
        {
            s.Speaker = label;
            s.Role = role;
            // A person has now named this speaker: the automatic-separation flag no longer applies.
            s.Flags &= ~TrustFlags.AutomaticSpeaker;
        }
        var options = ImportStage.Passages(session, new StageInput([], settings.Passages is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["passages"] = settings.Passages }));
        var passages = PassageBuilder.Build(settings.Interview, segments, options);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Passages.Where(p => p.InterviewId == settings.Interview).ExecuteDeleteAsync(cancellationToken);
        db.Passages.AddRange(passages);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        Output.Result(new { interview = settings.Interview, segments = matching.Count, speaker = label, role = role.ToString().ToLowerInvariant(), passages = passages.Count },
            $"{matching.Count} segments of {settings.Interview} are now '{label}' ({role.ToString().ToLowerInvariant()}); {passages.Count} passages rebuilt. Run precode again for new suggestions.");
        return 0;
    }
}
