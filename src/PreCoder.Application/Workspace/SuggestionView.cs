using PreCoder.Core.Coding;

namespace PreCoder.Application.Workspace;

/// <summary>The machine's proposal on a unit: score, calibrated confidence (0..1), verbatim evidence and why.</summary>
public sealed record SuggestionView(string Coder, string Score, double Confidence, IReadOnlyList<EvidenceQuote> Evidence, string? Rationale);
