namespace PreCoder.Agreement;

/// <summary>
/// Krippendorff's alpha = 1 - D_o / D_e from the coincidence matrix, for any number of coders with missing data.
/// Units with fewer than two values are not pairable and drop out; a unit coded by one coder changes nothing.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>Computes alpha for a units x coders matrix, optionally with Krippendorff's bootstrap interval.</summary>
    /// <param name="ratings">Scores; NaN = missing. Interval and ratio metrics use the scores' values.</param>
    /// <param name="level">The metric.</param>
    /// <param name="bootstrap">Null for no interval; otherwise Hayes and Krippendorff's (2007) bootstrap, seeded.</param>
    /// <returns>
    /// Alpha with Units = units with at least two values, PairableValues = n.., ObservedDisagreement = D_o and
    /// ExpectedDisagreement = D_e. Value is NaN when D_e = 0 (all pairable values equal: no variation) or nothing is pairable;
    /// the interval bounds are then NaN too.
    /// </returns>
    public static AgreementResult Compute(RatingMatrix ratings, MeasurementLevel level, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        bootstrap?.Validate();
        return Compute(CoincidenceTally.Of(CategoricalTallies.FromMatrix(ratings, CategoryScale.Observed(ratings))), level, bootstrap);
    }

    /// <summary>Computes alpha for a two-coder contingency table; categories are coded 1..q for the metric.</summary>
    public static AgreementResult Compute(ContingencyTable table, MeasurementLevel level)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Result(new Coincidences(CategoricalTallies.FromTable(table), level));
    }

    /// <summary>
    /// Computes alpha for category-count data, optionally with the bootstrap interval; categories take
    /// <see cref="CategoryCounts.Values"/> for the metric, or 1..q when it has none. Gives what the units x coders
    /// matrix behind the counts gives (alpha needs only how often each value occurs in each unit).
    /// </summary>
    public static AgreementResult Compute(CategoryCounts counts, MeasurementLevel level, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        bootstrap?.Validate();
        return Compute(CoincidenceTally.Of(counts), level, bootstrap);
    }

    /// <summary>
    /// Computes alpha, optionally with the bootstrap interval, from a tally of coincidences - one set of units' or several
    /// pooled (<see cref="CoincidenceTally.Pool"/>); categories take the tally's values for the metric.
    /// </summary>
    public static AgreementResult Compute(CoincidenceTally tally, MeasurementLevel level, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(tally);
        bootstrap?.Validate();
        var coincidences = new Coincidences(tally, level);
        var point = Result(coincidences);
        return bootstrap is null ? point : KrippendorffBootstrap.Run(point, tally, coincidences, bootstrap);
    }

    private static AgreementResult Result(Coincidences c) =>
        AgreementResult.ChanceCorrected(c.ObservedDisagreement, c.ExpectedDisagreement, c.Units, c.Pairable);
}
