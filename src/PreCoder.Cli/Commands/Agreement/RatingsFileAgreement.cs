using System.Globalization;
using PreCoder.Agreement;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Reporting.RatingsAnalysis;
using PreCoder.Reporting.Rendering;

namespace PreCoder.Cli.Commands.Agreement;

/// <summary><c>agreement --ratings FILE</c>: parses the options, reads the file, renders the library's report.</summary>
internal static class RatingsFileAgreement
{
    public static async Task WriteAsync(AgreementCommand.Settings settings, CancellationToken cancellationToken)
    {
        var file = settings.Ratings!;
        if (!Enum.TryParse<RatingsLayout>(settings.Layout.Trim(), ignoreCase: true, out var layout) || !Enum.IsDefined(layout))
        {
            throw new InputException("--layout", null, $"'{settings.Layout}' is not a layout (wide|long|table|counts)");
        }
        var format = settings.Json ? ReportFormat.Json : AgreementCommand.ParseFormat(settings.Format);
        if (format == ReportFormat.Html)
        {
            throw new InputException("--format", null, "ratings reports are md, csv or json");
        }
        if (settings.Resamples < 0)
        {
            throw new InputException("--resamples", null, "must be 0 or more");
        }
        var statistics = Statistics(settings.Metric, Weights(settings.Weights));
        if (!File.Exists(file))
        {
            throw new UnavailableException($"{file}: file not found");
        }

        IReadOnlyList<RatingsTable> tables;
        try
        {
            tables = RatingsCsv.Read(await File.ReadAllTextAsync(file, cancellationToken), layout);
        }
        catch (RatingsFormatException ex)
        {
            throw new InputException(file, ex.Line, ex.Problem);
        }
        catch (ArgumentException ex)
        {
            throw new InputException(file, null, ex.Message);
        }

        var coders = settings.Coders?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        RatingsAgreementReport report;
        try
        {
            report = RatingsAgreement.Analyze(file, layout, tables, new RatingsAgreementOptions(statistics, coders, settings.Resamples, settings.Seed));
        }
        catch (ArgumentException ex) when (coders is not null)
        {
            throw new InputException("--coders", null, ex.Message.Split(" (Parameter")[0]);
        }

        await using var writer = Output.OpenTarget(settings.Out);
        RatingsAgreementRenderer.Render(report, format, writer);
    }

    private static IReadOnlyList<AgreementStatistic> Statistics(string? metric, AgreementWeights? weights)
    {
        IEnumerable<AgreementStatistic> chosen;
        if (metric is null || metric.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            // With explicit weights, one row per weighted family instead of its three named weightings.
            chosen = weights is null ? AgreementStatistics.All : AgreementStatistics.All.Where(s => s.Weights is null || s.Weights.IsUnweighted);
        }
        else
        {
            chosen = metric.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name =>
                AgreementStatistics.TryFind(name, out var s) ? s
                : throw new InputException("--metric", null, $"'{name}' is not a statistic ({string.Join("|", AgreementStatistics.All.Select(a => a.Name))}|percent-within-N)"));
        }
        return chosen.Select(s => weights is null ? s : s.WithWeights(weights)).DistinctBy(s => s.Name).ToList();
    }

    private static AgreementWeights? Weights(string? text)
    {
        if (text is null)
        {
            return null;
        }
        switch (text.Trim().ToLowerInvariant())
        {
            case "unweighted": return AgreementWeights.Unweighted;
            case "linear": return AgreementWeights.Linear;
            case "quadratic": return AgreementWeights.Quadratic;
        }
        var parts = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var scores = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out scores[i]))
            {
                throw new InputException("--weights", null, $"'{text}' is not linear, quadratic or a list of disagreement scores like \"0 0 1 1 2\"");
            }
        }
        try
        {
            return AgreementWeights.FromDistanceScores(scores);
        }
        catch (ArgumentException ex)
        {
            throw new InputException("--weights", null, ex.Message.Split(" (Parameter")[0]);
        }
    }
}
