namespace PreCoder.Classification.Embeddings;

/// <summary>
/// One embedded piece of a passage: a sentence, or a few short sentences run together. <see cref="Start"/> and
/// <see cref="Length"/> index the embedded text of the passage (its English text when <see cref="PassageVectors.English"/>),
/// so a span is always an exact, quotable substring.
/// </summary>
public sealed record EmbeddedSpan(int Start, int Length, float[] Vector);
