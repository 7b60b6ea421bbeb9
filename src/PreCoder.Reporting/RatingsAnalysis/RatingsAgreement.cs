using PreCoder.Agreement;

namespace PreCoder.Reporting.RatingsAnalysis;

/// <summary>
/// Agreement on a plain ratings file, with no study, transcripts or codebook: every requested statistic for every
/// variable, with seeded percentile bootstrap intervals where the statistic has a units x coders matrix to resample.
/// </summary>
public static class RatingsAgreement
{
    /// <exception cref="ArgumentException">A coder named in <see cref="RatingsAgreementOptions.Coders"/> is not in the file, or fewer than two remain.</exception>
    public static RatingsAgreementReport Analyze(string source, RatingsLayout layout, IReadOnlyList<RatingsTable> tables, RatingsAgreementOptions options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        var selected = tables.Select(t => options.Coders is { } names && t.Matrix is not null ? t.SelectCoders(names) : t).ToList();
        var bootstrap = options.Resamples > 0 ? new BootstrapOptions(options.Resamples, options.Seed, options.ConfidenceLevel) : null;
        var rows = new List<RatingsAgreementRow>();
        foreach (var table in selected)
        {
            foreach (var statistic in options.Statistics)
            {
                AgreementResult? result;
                try
                {
                    result = statistic.Compute(table, bootstrap);
                }
                catch (ArgumentException ex)
                {
                    // E.g. custom weights sized for another number of categories: this statistic fails, the others stand.
                    rows.Add(new RatingsAgreementRow(table.Variable, statistic.Name, null, ex.Message.Split(" (Parameter")[0]));
                    continue;
                }

                rows.Add(new RatingsAgreementRow(table.Variable, statistic.Name, result, Note(table, statistic, result)));
            }
        }

        return new RatingsAgreementReport(source, layout, selected, rows, bootstrap is null ? 0 : options.Resamples, options.Seed);
    }

    private static string Note(RatingsTable table, AgreementStatistic statistic, AgreementResult? result)
    {
        if (result is null)
        {
            return table switch
            {
                { Matrix: { } m } when statistic.ExactCoders is { } n && m.Coders != n => $"needs exactly {n} coders (pick them with --coders)",
                { Matrix: { Coders: < 2 } } => "needs at least two coders",
                { Table: not null } => "not defined on a contingency table",
                { Counts: not null } => "not defined on category counts",
                _ => "not defined for these ratings",
            };
        }

        // Words are coded by their sorted order, which gives an order and distances only nominal statistics may ignore.
        var orderFree = statistic.Name is "alpha-nominal" or "kappa" or "fleiss" or "conger" or "ac1" or "bp" or "pairwise" or "light" or "percent";
        return table.CodedFromLabels && !orderFree ? "scores are words coded by sorted order; only nominal statistics are meaningful" : "";
    }
}
