using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Commands.Agreement;
using PreCoder.Cli.Commands.Coding;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Quotes;
using PreCoder.Reporting.StudyTables;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Reports;

[Description("The evidence quotes of a variable, with interview pseudonym, speaker, timestamp and coder, grouped by an attribute: what a paper's narrative is written from (md, csv, json, docx).")]
public sealed class QuotesCommand : StudyCommand<QuotesCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--variable <ID>")]
        [Description("The variable (id or name).")]
        public string? Variable { get; init; }

        [CommandOption("--by <ATTRIBUTE>")]
        [Description("Group the quotes by this interview attribute, e.g. gender.")]
        public string? By { get; init; }

        [CommandOption("--coder <NAME>")]
        [Description("Whose codes: a human coder or machine:NAME (default: every human coder; a quote cited by several is listed once).")]
        public string? Coder { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("md (default), csv, json or docx (needs --out).")]
        public string Format { get; init; } = "md";

        [CommandOption("--out <FILE>")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Variable))
        {
            throw new InputException("--variable", null, "name the variable whose quotes to list, e.g. --variable vul_poverty");
        }
        var format = settings.Json ? "json" : settings.Format.Trim().ToLowerInvariant();
        if (format is not ("md" or "csv" or "json" or "docx"))
        {
            throw new InputException("--format", null, $"'{settings.Format}' is not supported (md|csv|json|docx)");
        }
        if (format == "docx" && (settings.Out is null || settings.Out == "-"))
        {
            throw new InputException("--out", null, "docx is binary: give --out FILE.docx");
        }

        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var variable = codebook.Codebook.Find(settings.Variable)
            ?? codebook.Codebook.Variables.FirstOrDefault(v => v.Name.Equals(settings.Variable, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException("--variable", null, $"no variable '{settings.Variable}' in the codebook");
        var exporter = new CodesExporter(db, codebook);
        var codes = await exporter.CollectAsync(settings.Coder, cancellationToken);
        var machine = settings.Coder is not null && (settings.Coder.Equals(Coder.MachineAlias, StringComparison.OrdinalIgnoreCase) || settings.Coder.StartsWith("machine:", StringComparison.OrdinalIgnoreCase));
        if (settings.Coder is not null && !machine && !(await new StudyRatingsLoader(db, codebook).HumanCoderIdsAsync(cancellationToken)).Contains(settings.Coder, StringComparer.OrdinalIgnoreCase))
        {
            throw new InputException("--coder", null, $"no coder '{settings.Coder}'");
        }
        var passages = (await db.Passages.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(p => (p.InterviewId, p.Id), p => new QuotePassage(p.InterviewId, p.Id, p.Speaker, p.Start));
        var interviews = (await db.Interviews.AsNoTracking().ToListAsync(cancellationToken)).Select(i => new StudyInterview(i.Id, i.Attributes)).ToArray();
        var quotes = QuoteCollection.Collect(variable, codes, passages, interviews, settings.By);

        if (format == "docx")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Out!))!);
            await using var file = File.Create(settings.Out!);
            QuoteRenderer.Docx(variable, settings.By, quotes, file);
        }
        else
        {
            await using var writer = Output.OpenTarget(settings.Out);
            switch (format)
            {
                case "csv": QuoteRenderer.Csv(quotes, writer); break;
                case "json": QuoteRenderer.Json(variable, quotes, writer); break;
                default: QuoteRenderer.Markdown(variable, settings.By, quotes, writer); break;
            }
        }
        if (quotes.Count == 0)
        {
            Console.Error.WriteLine($"note: no evidence quotes for '{variable.Id}' in codes that mark it present");
        }
        return 0;
    }
}
