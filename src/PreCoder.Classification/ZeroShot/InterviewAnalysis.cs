using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.ZeroShot;

/// <summary>One interview embedded and scored: its passages' vectors and each applicable variable's mentions.</summary>
/// <param name="Unread">
/// Interview-level variables that apply to this interview but had nothing to read: no passage of the speaker they are
/// coded from (a transcript holding only the interviewer's questions, or a recording whose answers were not
/// transcribed). The study's scale has a value for that: missing, not 0.
/// </param>
public sealed record InterviewAnalysis(IReadOnlyList<PassageVectors> Passages, IReadOnlyDictionary<string, VariableMentions> Mentions, IReadOnlySet<string> Unread);
