using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Coding;

[Description("Export coders' current codes in long format (standard output unless --out).")]
public sealed class CodesExportCommand : StudyCommand<CodesExportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--coder <NAME>")]
        [Description("One coder, or 'machine' for the machine coders' suggestions (default: every human coder).")]
        public string? Coder { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("csv (the only format; kept for scripts).")]
        public string Format { get; init; } = "csv";

        [CommandOption("--out <FILE>")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        if (!settings.Format.Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException("--format", null, $"'{settings.Format}' is not supported (csv)");
        }
        var (codebook, codes) = await CodesExporter.ExportAsync(session, settings.Coder, cancellationToken);
        if (settings.Coder is not null && codes.Count == 0)
        {
            Console.Error.WriteLine($"warning: no codes for coder '{settings.Coder}'");
        }
        await using var writer = Output.OpenTarget(settings.Out);
        if (settings.Json)
        {
            var rows = codes.Select(c => new
            {
                interview = c.InterviewId, passage = c.PassageId, variable = c.VariableId, coder = c.CoderId,
                score = codebook.Codebook.Find(c.VariableId)?.Scale.Format(c.Score) ?? c.Score.ToString(),
                evidence = c.Evidence,
            });
            await writer.WriteAsync(System.Text.Json.JsonSerializer.Serialize(rows, Output.JsonOptions) + "\n");
            return 0;
        }
        CodesExporter.WriteCsv(writer, codebook, codes);
        return 0;
    }
}
