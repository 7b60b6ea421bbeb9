using PreCoder.Agreement;

namespace PreCoder.Reporting.RatingsAnalysis;

/// <summary>Every requested statistic for every variable of a ratings file, with what the data held.</summary>
/// <param name="Source">The file as the user named it.</param>
/// <param name="Layout">How it was read.</param>
/// <param name="Tables">The ratings per variable (after coder selection).</param>
/// <param name="Rows">One row per variable and statistic, variables in file order, statistics in request order.</param>
/// <param name="Resamples">Bootstrap resamples (0 = none).</param>
/// <param name="Seed">Bootstrap seed.</param>
public sealed record RatingsAgreementReport(
    string Source,
    RatingsLayout Layout,
    IReadOnlyList<RatingsTable> Tables,
    IReadOnlyList<RatingsAgreementRow> Rows,
    int Resamples,
    ulong Seed);
