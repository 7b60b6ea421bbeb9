namespace PreCoder.Reporting.Reliability;

public sealed record ReliabilityReport(
    IReadOnlyList<ReportCoder> Coders,
    IReadOnlyList<ComparisonResult> Results,
    IReadOnlyList<Disagreement> Disagreements,
    int Resamples,
    ulong Seed);
