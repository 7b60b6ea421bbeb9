using PreCoder.Core.Coding;

namespace PreCoder.Application.Workspace;

/// <summary>A coder's current code on a unit, formatted on the variable's scale.</summary>
public sealed record CodeView(string Coder, string Score, bool IsMissing, string? MissingReason, IReadOnlyList<EvidenceQuote> Evidence, DecisionAction Action);
