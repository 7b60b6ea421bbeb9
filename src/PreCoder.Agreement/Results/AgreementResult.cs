namespace PreCoder.Agreement;

/// <summary>
/// One agreement statistic for one variable. Degenerate inputs never throw or yield text: they give
/// <see cref="double.NaN"/> in the affected fields (see each statistic's documentation).
/// </summary>
/// <param name="Value">The coefficient; for chance-corrected ones 1 - <paramref name="ObservedDisagreement"/> / <paramref name="ExpectedDisagreement"/>.</param>
/// <param name="Units">Units that entered the computation (after the statistic's missing-data rule); fractional only for tables of proportions.</param>
/// <param name="PairableValues">Ratings that entered the computation (Krippendorff's n..: values in units with at least two ratings).</param>
/// <param name="ObservedDisagreement">Observed disagreement (1 - observed agreement for kappa-type coefficients); NaN when the statistic has none.</param>
/// <param name="ExpectedDisagreement">Disagreement expected by chance; NaN when the statistic has none. 0 makes <paramref name="Value"/> NaN.</param>
public sealed record AgreementResult(
    double Value,
    double Units,
    double PairableValues,
    double ObservedDisagreement,
    double ExpectedDisagreement)
{
    /// <summary>Gets the lower confidence bound; NaN when no bootstrap was requested or it could not be computed.</summary>
    public double CiLow { get; init; } = double.NaN;

    /// <summary>Gets the upper confidence bound; NaN when no bootstrap was requested or it could not be computed.</summary>
    public double CiHigh { get; init; } = double.NaN;

    /// <summary>Gets the confidence level of [<see cref="CiLow"/>, <see cref="CiHigh"/>], e.g. 0.95; NaN without a bootstrap.</summary>
    public double ConfidenceLevel { get; init; } = double.NaN;

    /// <summary>Gets the bootstrap resamples that gave a finite coefficient (the others are left out of the percentiles); 0 without a bootstrap.</summary>
    public int BootstrapResamples { get; init; }

    /// <summary>Gets the observed agreement 1 - <see cref="ObservedDisagreement"/>.</summary>
    public double ObservedAgreement => 1 - ObservedDisagreement;

    /// <summary>Builds a chance-corrected result from observed and expected disagreement; NaN value when expected disagreement is 0.</summary>
    internal static AgreementResult ChanceCorrected(double observed, double expected, double units, double pairable) =>
        new(expected > 0 ? 1 - (observed / expected) : double.NaN, units, pairable, observed, expected);

    /// <summary>Builds a result for a statistic without an observed/expected decomposition.</summary>
    internal static AgreementResult Plain(double value, double units, double pairable) =>
        new(value, units, pairable, double.NaN, double.NaN);
}
