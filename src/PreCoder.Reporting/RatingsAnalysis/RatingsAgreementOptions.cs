using PreCoder.Agreement;

namespace PreCoder.Reporting.RatingsAnalysis;

/// <summary>What to compute on a ratings file.</summary>
/// <param name="Statistics">The statistics, in output order; those not defined for the data are reported as not applicable.</param>
/// <param name="Coders">Only these coder columns, in this order (wide and long files); null = every coder.</param>
/// <param name="Resamples">Bootstrap resamples for the percentile intervals; 0 = no intervals.</param>
/// <param name="Seed">Bootstrap seed; the same seed gives the same intervals.</param>
/// <param name="ConfidenceLevel">Two-sided level of the intervals.</param>
public sealed record RatingsAgreementOptions(
    IReadOnlyList<AgreementStatistic> Statistics,
    IReadOnlyList<string>? Coders = null,
    int Resamples = 1000,
    ulong Seed = 1,
    double ConfidenceLevel = 0.95);
