using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.ZeroShot;

/// <summary>One span of an interview, scored for one variable: raw similarity and its distance above the study's typical value.</summary>
public sealed record ScoredSpan(PassageVectors Passage, EmbeddedSpan Span, double Similarity, double Z)
{
    public string Text => Passage.Text.Substring(Span.Start, Span.Length);
}
