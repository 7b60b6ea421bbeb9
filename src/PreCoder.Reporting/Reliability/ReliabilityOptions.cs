namespace PreCoder.Reporting.Reliability;

/// <param name="Metric">Null: the default per scale (<see cref="MetricNames.DefaultFor"/>).</param>
/// <param name="Resamples">Bootstrap resamples for the confidence intervals; 0 for none. The default value is 1000.</param>
/// <param name="IncludeCategories">Also pool each category's variables (and all variables) into one coefficient.</param>
public sealed record ReliabilityOptions(AgreementMetric? Metric = null, int Resamples = 1000, ulong Seed = 1, bool IncludeCategories = true, bool IncludeVariables = true);
