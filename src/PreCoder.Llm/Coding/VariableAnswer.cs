using PreCoder.Core.Coding;

namespace PreCoder.Llm.Coding;

/// <summary>A verified answer for one variable: a value on its scale (null = missing) and quotes that are exact spans of the cited passages.</summary>
public sealed record VariableAnswer(string VariableId, double? Value, IReadOnlyList<EvidenceQuote> Evidence, string Rationale);
