using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Commands.Agreement;
using PreCoder.Cli.Commands.Coding;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Refi;
using PreCoder.Reporting.StudyTables;
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
        var name = Path.GetFileName(session.Folder.Path.TrimEnd(Path.DirectorySeparatorChar));
        var output = settings.Out ?? name + ".qdpx";
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var caseScores = await StudyCodeSources.LoadAsync(db, codebook, settings.Coder, cancellationToken);
        var exporter = new CodesExporter(db, codebook);
        var codings = (await exporter.CollectAsync(null, cancellationToken)).ToList();
        if (settings.Machine)
        {
            codings.AddRange(await exporter.CollectAsync(Coder.MachineAlias, cancellationToken));
        }
        var interviews = (await db.Interviews.AsNoTracking().ToListAsync(cancellationToken)).Select(i => new StudyInterview(i.Id, i.Attributes)).ToArray();
        var passages = (await db.Passages.AsNoTracking().ToListAsync(cancellationToken))
            .Select(p => new RefiPassage(p.InterviewId, p.Id, p.Index, p.Speaker, p.Text, p.English))
            .ToArray();
        if (interviews.Length == 0)
        {
            throw new InputException(session.Folder.Path, null, "the study has no interviews to export (ingest transcripts first)");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await using (var file = File.Create(output))
        {
            RefiProjectWriter.Write(name, codebook.Codebook, interviews, passages, codings, caseScores, file, DateTimeOffset.UtcNow);
        }
        Output.Result(
            new { file = output, interviews = interviews.Length, codings = codings.Count, cases = caseScores.Description },
            $"wrote {output}: {interviews.Length} interviews, {codebook.Codebook.Variables.Count} codes, case scores of {caseScores.Description}");
        return 0;
    }
}
