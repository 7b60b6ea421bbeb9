using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Learning;

/// <summary>A variable's training sentences for its sentence model, and how many of them the coder quoted.</summary>
public sealed record SentenceExamples(IReadOnlyList<(string Interview, ScoredSpan Span, bool Quoted)> Rows, int Quotes);
