using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Rendering;
using PreCoder.Reporting.Charts;
using PreCoder.Reporting.StudyReports;
using PreCoder.Reporting.StudyTables;
using PreCoder.Reporting.Timepoints;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Agreement;

[Description("The study's result tables by an interview attribute: demographics (Table 1), % mentioned and average score per category, presence-only tables for binary variables, radicalization timepoints; n per cell, N/A where a variable does not apply.")]
public sealed class ReportCommand : StudyCommand<ReportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--by <ATTRIBUTE>")]
        [Description("The interview attribute whose values are the table's columns, e.g. gender.")]
        public string? By { get; init; }

        [CommandOption("--coder <NAME>")]
        [Description("Whose codes: a coder (default: the first human coder in alphabetical order), 'consensus' (a reconciled coder named consensus, else the strict majority of human coders) or 'machine:NAME'.")]
        public string? Coder { get; init; }

        [CommandOption("--timepoints <CATEGORY>")]
        [Description("The codebook category whose variables are timepoints in order (default: radicalization).")]
        public string Timepoints { get; init; } = TimepointBuilder.RadicalizationCategory;

        [CommandOption("--format <FORMAT>")]
        [Description("md (default), csv (tidy: one figure per line), json, html (with bar charts) or xlsx (needs --out).")]
        public string Format { get; init; } = "md";

        [CommandOption("--out <FILE>")]
        [Description("Write the tables here instead of standard output.")]
        public string? Out { get; init; }

        [CommandOption("--charts <DIR>")]
        [Description("Also write each category's bar chart (% mentioned per group) as DIR/mentioned-CATEGORY.svg.")]
        public string? Charts { get; init; }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var xlsx = !settings.Json && settings.Format.Trim().Equals("xlsx", StringComparison.OrdinalIgnoreCase);
        var format = settings.Json ? ReportFormat.Json : xlsx ? ReportFormat.Md : AgreementCommand.ParseFormat(settings.Format);
        if (xlsx && (settings.Out is null || settings.Out == "-"))
        {
            throw new InputException("--out", null, "xlsx is binary: give --out FILE.xlsx");
        }
        var report = await StudyResultTables.BuildAsync(session, new ResultTablesRequest(settings.By ?? "") { Coder = settings.Coder, Timepoints = settings.Timepoints }, cancellationToken);
        ChartWriter.Write(settings.Charts, () => ReportCharts.For(report), session.Notes);
        if (xlsx)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Out!))!);
            await using var file = File.Create(settings.Out!);
            StudyReportXlsx.Write(report, file);
            return 0;
        }
        await using var writer = Output.OpenTarget(settings.Out);
        StudyReportRenderer.Render(report, format, writer);
        return 0;
    }
}
