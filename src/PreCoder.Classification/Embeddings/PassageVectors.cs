using PreCoder.Core.Passages;

namespace PreCoder.Classification.Embeddings;

/// <summary>A passage with the vectors of its spans and their length-weighted mean (the passage vector).</summary>
public sealed class PassageVectors
{
    public PassageVectors(Passage passage, bool english, IReadOnlyList<EmbeddedSpan> spans)
    {
        Passage = passage;
        English = english;
        Spans = spans;
        Mean = spans.Count == 0 ? [] : VectorMath.Mean(spans.Select(s => s.Vector).ToArray(), spans.Select(s => (double)s.Length).ToArray());
    }

    public Passage Passage { get; }

    /// <summary>True when the spans index the passage's English text rather than its original text.</summary>
    public bool English { get; }

    public IReadOnlyList<EmbeddedSpan> Spans { get; }

    public float[] Mean { get; }

    /// <summary>The text the spans index.</summary>
    public string Text => English ? Passage.English! : Passage.Text;

    /// <summary>Which text of a passage is embedded: English when there is one (the codebook is written in English).</summary>
    public static bool UsesEnglish(Passage passage) => !string.IsNullOrWhiteSpace(passage.English);
}
