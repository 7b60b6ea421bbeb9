using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.ZeroShot;

/// <summary>One interview embedded and scored: its passages' vectors and each applicable variable's mentions.</summary>
public sealed record InterviewAnalysis(IReadOnlyList<PassageVectors> Passages, IReadOnlyDictionary<string, VariableMentions> Mentions);
