using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Quotes;
using Spectre.Console;
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

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Variable) ? ValidationResult.Error("--variable: name the variable whose quotes to list, e.g. --variable vul_poverty")
            : !Json && Format.Trim().Equals("docx", StringComparison.OrdinalIgnoreCase) && (Out is null || Out == "-") ? ValidationResult.Error("--out: docx is binary: give --out FILE.docx")
            : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var format = settings.Json ? "json" : settings.Format.Trim().ToLowerInvariant();
        if (format is not ("md" or "csv" or "json" or "docx"))
        {
            throw new InputException("--format", null, $"'{settings.Format}' is not supported (md|csv|json|docx)");
        }

        var (variable, quotes) = await StudyQuotes.CollectAsync(session, new QuotesRequest(settings.Variable!) { By = settings.By, Coder = settings.Coder }, cancellationToken);

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
