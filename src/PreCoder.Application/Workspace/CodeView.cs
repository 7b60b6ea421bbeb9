using PreCoder.Core.Coding;

namespace PreCoder.Application.Workspace;

/// <summary>
/// A coder's current code on a unit, formatted on the variable's scale, with where it came from when it was not decided
/// by hand (<see cref="CodeDecision.Source"/>: the codes file, sheet or QDPX project it was imported from, ...).
/// </summary>
public sealed record CodeView(string Coder, string Score, bool IsMissing, string? MissingReason, IReadOnlyList<EvidenceQuote> Evidence, DecisionAction Action, string? Source);
