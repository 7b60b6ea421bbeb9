using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Reliability;
using PreCoder.Reporting.Rendering;
using PreCoder.Reporting.StudyTables;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Agreement;

[Description("The study's result tables: per variable and attribute value, % mentioned (score > 0 among coded) and average score (missing excluded); N/A where a variable does not apply.")]
public sealed class ReportCommand : StudyCommand<ReportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--by <ATTRIBUTE>")]
        [Description("The interview attribute whose values are the table's columns, e.g. gender.")]
        public string? By { get; init; }

        [CommandOption("--coder <NAME>")]
        [Description("Whose final codes to tabulate (default: the first human coder in alphabetical order). 'machine:NAME' for a machine coder.")]
        public string? Coder { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("md (default), csv, json or html.")]
        public string Format { get; init; } = "md";

        [CommandOption("--out <FILE>")]
        [Description("Write the tables here instead of standard output.")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(Session session, Settings settings, CancellationToken cancellationToken)
    {
        await WriteAsync(session, settings, cancellationToken);
        return 0;
    }

    /// <summary>Does the command's work; the <c>reports</c> pipeline stage calls it too.</summary>
    public static async Task WriteAsync(Session session, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.By))
        {
            throw new InputException("--by", null, "name the attribute to group by, e.g. --by gender");
        }
        var format = settings.Json ? ReportFormat.Json : AgreementCommand.ParseFormat(settings.Format);
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var loader = new StudyRatingsLoader(db, codebook);
        var coderId = settings.Coder ?? (await loader.HumanCoderIdsAsync(cancellationToken)).FirstOrDefault()
            ?? throw new InputException("--coder", null, "the study has no human coder; name one with --coder");
        var coder = new ReportCoder(coderId, coderId.StartsWith("machine:", StringComparison.OrdinalIgnoreCase));
        var ratings = await loader.LoadAsync([coder], StudyRatingsLoader.InterviewLevel, cancellationToken);
        if (ratings.Count == 0)
        {
            Console.Error.WriteLine($"warning: no codes for coder '{coderId}'");
        }
        var interviews = (await db.Interviews.AsNoTracking().ToListAsync(cancellationToken))
            .Select(i => new StudyInterview(i.Id, i.Attributes))
            .ToArray();
        if (!interviews.Any(i => i.Attributes.ContainsKey(settings.By)))
        {
            throw new InputException("--by", null, $"no interview has attribute '{settings.By}' (import them with 'attributes import')");
        }
        var table = StudyTableBuilder.Build(settings.By, coderId, codebook.Codebook.Variables, interviews, ratings);
        await using var writer = Output.OpenTarget(settings.Out);
        StudyTableRenderer.Render(table, format, writer);
    }
}
