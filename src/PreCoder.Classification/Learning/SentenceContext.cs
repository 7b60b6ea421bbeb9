using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Learning;

/// <summary>
/// What a sentence model reads beyond the sentence's own vector, worked out once per interview and shared by every
/// variable: the vector of the other speaker's turn before each passage (zeros when there is none), and each
/// sentence's <see cref="HashedNgrams"/>. In dialogue what a sentence means depends on what it answers: "yes, for
/// years" is about whatever was asked, and "that sounds frightening" reflects a feeling only after one was voiced.
/// </summary>
public sealed class SentenceContext
{
    private readonly Dictionary<PassageVectors, float[]> _before;
    private readonly Dictionary<EmbeddedSpan, SparseVector> _ngrams;
    private readonly Dictionary<EmbeddedSpan, float[]> _cues = new(ReferenceEqualityComparer.Instance);

    private SentenceContext(Dictionary<PassageVectors, float[]> before, Dictionary<EmbeddedSpan, SparseVector> ngrams)
    {
        _before = before;
        _ngrams = ngrams;
    }

    /// <summary>The sentence's <see cref="SentenceCues"/>, worked out once and read by every variable's model.</summary>
    public float[] Cues(PassageVectors passage, EmbeddedSpan span)
    {
        lock (_cues)
        {
            if (!_cues.TryGetValue(span, out var cues))
            {
                cues = new float[SentenceCues.Count];
                SentenceCues.Write(passage.Text.Substring(span.Start, span.Length), cues);
                _cues[span] = cues;
            }
            return cues;
        }
    }

    public float[] TurnBefore(PassageVectors passage) => _before.TryGetValue(passage, out var v) ? v : [];

    public SparseVector Ngrams(PassageVectors passage, EmbeddedSpan span)
    {
        lock (_ngrams)
        {
            if (!_ngrams.TryGetValue(span, out var v))
            {
                _ngrams[span] = v = HashedNgrams.Of(passage.Text.Substring(span.Start, span.Length));
            }
            return v;
        }
    }

    public static SentenceContext Build(IReadOnlyList<PassageVectors> passages)
    {
        var before = new Dictionary<PassageVectors, float[]>(ReferenceEqualityComparer.Instance);
        var dimensions = passages.FirstOrDefault(p => p.Mean.Length > 0)?.Mean.Length ?? 0;
        var empty = new float[dimensions];
        var ordered = passages.OrderBy(p => p.Passage.Index).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            var j = i - 1;
            while (j >= 0 && ordered[j].Passage.Speaker == ordered[i].Passage.Speaker)
            {
                j--;
            }
            before[ordered[i]] = j >= 0 && ordered[j].Mean.Length == dimensions ? ordered[j].Mean : empty;
        }
        return new SentenceContext(before, new Dictionary<EmbeddedSpan, SparseVector>(ReferenceEqualityComparer.Instance));
    }
}
