using PreCoder.Core.Codebooks;
using PreCoder.Reporting.Reliability;

namespace PreCoder.Application.Agreement;

/// <summary>An agreement analysis with what it rests on (for matrices and charts) and what the caller should be told.</summary>
public sealed record AgreementResult(
    ReliabilityReport Report,
    IReadOnlyList<Variable> Variables,
    IReadOnlyList<ReportCoder> Coders,
    IReadOnlyList<UnitRating> Ratings,
    IReadOnlyList<string> Warnings);
