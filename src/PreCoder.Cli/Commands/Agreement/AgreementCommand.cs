using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Reliability;
using PreCoder.Reporting.Rendering;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Agreement;

[Description("Inter-coder agreement per variable, category and overall: human pairs, machine vs each human and vs the human consensus, all coders; presence agreement; flags; disagreement list. With --ratings FILE: every statistic on a plain ratings CSV, no study needed.")]
public sealed class AgreementCommand : StudyCommand<AgreementCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--ratings <FILE>")]
        [Description("A ratings CSV to analyse instead of a study: wide (unit,coderA,coderB,...), long (unit,variable,coder,score), table or counts; NA or empty = missing.")]
        public string? Ratings { get; init; }

        [CommandOption("--layout <LAYOUT>")]
        [Description("With --ratings: wide (default), long, table (two-coder contingency table) or counts (units x categories).")]
        public string Layout { get; init; } = "wide";

        [CommandOption("--weights <WEIGHTS>")]
        [Description("With --ratings: weights for the weighted statistics - linear, quadratic, or R irr kappa2 disagreement scores per distance, e.g. \"0 0 1 1 2\".")]
        public string? Weights { get; init; }

        [CommandOption("--coders <A,B>")]
        [Description("Comma-separated coders to compare (default: every human coder). 'machine:NAME' adds one machine coder.")]
        public string? Coders { get; init; }

        [CommandOption("--machine")]
        [Description("Add every machine coder (their latest suggestions).")]
        public bool Machine { get; init; }

        [CommandOption("--level <LEVEL>")]
        [Description("interview (default) or passage.")]
        public string Level { get; init; } = StudyRatingsLoader.InterviewLevel;

        [CommandOption("--by <BY>")]
        [Description("variable (default: per variable, per category and overall) or category (per category and overall only).")]
        public string By { get; init; } = "variable";

        [CommandOption("--metric <METRIC>")]
        [Description("With --ratings: comma-separated statistics or 'all' (default; see docs/agreement.md). Otherwise: alpha-nominal|alpha-ordinal|alpha-interval|alpha-ratio|kappa|kappa-linear|kappa-quadratic|fleiss|ac1|ac2|icc1|icc2|icc3|agreement (default: ordinal alpha for Likert and binary, nominal alpha for nominal scales).")]
        public string? Metric { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("md (default), csv, json or html.")]
        public string Format { get; init; } = "md";

        [CommandOption("--out <FILE>")]
        [Description("Write the report here instead of standard output.")]
        public string? Out { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Bootstrap seed; the same seed gives the same intervals (default 1).")]
        public ulong Seed { get; init; } = 1;

        [CommandOption("--resamples <N>")]
        [Description("Bootstrap resamples for the 95% intervals; 0 for none (default 1000).")]
        public int Resamples { get; init; } = 1000;

        [CommandOption("--charts <DIR>")]
        [Description("Also write the forest plot per variable as DIR/agreement-forest.svg.")]
        public string? Charts { get; init; }

        [CommandOption("--matrix <DIR>")]
        [Description("Also write each variable's units x coders ratings matrix as DIR/VARIABLE.csv.")]
        public string? Matrix { get; init; }
    }

    // A ratings file needs no study; without one, the study is checked below as every study command does.
    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Ratings is not null)
        {
            await RatingsFileAgreement.WriteAsync(settings, cancellationToken);
            return 0;
        }
        if (!session.Folder.Exists)
        {
            throw new UnavailableException($"{session.Folder.Path}: no study here (no {PreCoder.Store.Studies.StudyFolder.SettingsFileName}); create one with 'precoder init {session.Folder.Path}' or pass --study DIR, or analyse a ratings CSV with --ratings FILE");
        }
        await WriteAsync(session, settings, cancellationToken);
        return 0;
    }

    private static async Task WriteAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var format = settings.Json ? ReportFormat.Json : ParseFormat(settings.Format);
        var result = await StudyAgreement.AnalyzeAsync(session, new AgreementRequest
        {
            Coders = settings.Coders, Machine = settings.Machine, Level = settings.Level, By = settings.By,
            Metric = settings.Metric, Resamples = settings.Resamples, Seed = settings.Seed,
        }, cancellationToken);
        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine($"warning: {warning}");
        }
        var report = result.Report;
        ChartWriter.Write(settings.Charts, () => PreCoder.Reporting.Charts.ReportCharts.For(report), session.Notes);
        if (settings.Matrix is not null)
        {
            Directory.CreateDirectory(settings.Matrix);
            foreach (var variable in result.Variables)
            {
                await using var matrix = new StreamWriter(Path.Combine(settings.Matrix, variable.Id + ".csv"), false, new System.Text.UTF8Encoding(false));
                RatingMatrixExport.Write(matrix, variable, result.Coders, result.Ratings);
            }
        }
        await using (var writer = Output.OpenTarget(settings.Out))
        {
            ReliabilityRenderer.Render(report, format, writer);
        }
        if (!string.IsNullOrEmpty(settings.Out) && settings.Out != "-")
        {
            var flagged = report.Results.Count(r => r.Scope == ResultScope.Variable && r.Flag.Length > 0);
            Console.Error.WriteLine($"wrote {settings.Out}: {report.Results.Count} results, {flagged} flagged, {report.Disagreements.Count} disagreements");
        }
    }

    internal static ReportFormat ParseFormat(string text) =>
        ReportFormats.TryParse(text, out var format) ? format : throw new InputException("--format", null, $"'{text}' is not supported (md|csv|json|html)");
}
