using PreCoder.Core.Errors;
using PreCoder.Reporting.Reliability;

namespace PreCoder.Application.Agreement;

/// <summary>Agreement between a study's coders - people and machines alike - per variable, category and overall.</summary>
public static class StudyAgreement
{
    public static async Task<AgreementResult> AnalyzeAsync(StudySession session, AgreementRequest request, CancellationToken cancellationToken)
    {
        AgreementMetric? metric = null;
        if (request.Metric is not null)
        {
            if (!MetricNames.TryParse(request.Metric, out var parsed))
            {
                throw new InputException("--metric", null, $"'{request.Metric}' is not a metric ({MetricNames.All})");
            }
            metric = parsed;
        }
        var level = request.Level.Trim().ToLowerInvariant();
        if (level is not (StudyRatingsLoader.InterviewLevel or StudyRatingsLoader.PassageLevel))
        {
            throw new InputException("--level", null, $"'{request.Level}' is not a level (interview|passage)");
        }
        var by = request.By.Trim().ToLowerInvariant();
        if (by is not ("variable" or "category"))
        {
            throw new InputException("--by", null, $"'{request.By}' is not supported (category|variable)");
        }
        if (request.Resamples < 0)
        {
            throw new InputException("--resamples", null, "must be 0 or more");
        }

        // Only reads: straight from a connection, without an EF Core context (see StudyReader).
        await using var reader = await session.OpenReaderAsync(cancellationToken);
        var codebook = await StudyCodebook.LoadAsync(reader, cancellationToken);
        var loader = new StudyRatingsLoader(reader, codebook);
        var coders = await CodersAsync(loader, request, cancellationToken);
        if (coders.Count < 2)
        {
            throw new InputException("--coders", null, "agreement needs at least two coders (name them with --coders A,B or add --machine)");
        }
        var ratings = await loader.LoadAsync(coders, level, cancellationToken);
        var warnings = coders.Where(c => !ratings.Any(r => r.CoderId == c.Id))
            .Select(c => $"no {level}-level codes for coder '{c.Id}'")
            .ToArray();
        var variables = codebook.Codebook.Variables.Where(v => ratings.Any(r => r.VariableId == v.Id)).ToArray();
        var analyzer = new ReliabilityAnalyzer(new ReliabilityOptions(metric, request.Resamples, request.Seed, IncludeCategories: true, IncludeVariables: by == "variable"));
        return new AgreementResult(analyzer.Analyze(variables, coders, ratings), variables, coders, ratings, warnings);
    }

    private static async Task<IReadOnlyList<ReportCoder>> CodersAsync(StudyRatingsLoader loader, AgreementRequest request, CancellationToken cancellationToken)
    {
        var machines = await loader.MachineCodersAsync(cancellationToken);
        var names = request.Coders is null
            ? await loader.HumanCoderIdsAsync(cancellationToken)
            : request.Coders.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A coder is a machine by its stored kind: machines are the coders whose codes are suggestions.
        var coders = names.Select(n => new ReportCoder(n, machines.Any(m => m.Id.Equals(n, StringComparison.OrdinalIgnoreCase)))).ToList();
        if (request.Machine)
        {
            coders.AddRange(machines.Where(m => coders.All(c => c.Id != m.Id)));
        }
        return coders;
    }
}
