using PreCoder.Agreement;

namespace PreCoder.Reporting.RatingsAnalysis;

/// <summary>One statistic on one variable of a ratings file; <see cref="Result"/> is null when it is not defined there.</summary>
/// <param name="Variable">The variable (long files), or null for a one-variable file.</param>
/// <param name="Statistic">The statistic's name, e.g. <c>kappa-quadratic</c>.</param>
/// <param name="Result">The value, CI and counts; null when the statistic does not apply (see <paramref name="Note"/>).</param>
/// <param name="Note">Why the statistic does not apply, or a caution about the data; empty when there is nothing to say.</param>
public sealed record RatingsAgreementRow(string? Variable, string Statistic, AgreementResult? Result, string Note);
