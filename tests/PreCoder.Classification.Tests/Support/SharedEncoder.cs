using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Tests.Support;

/// <summary>
/// One MiniLM encoder and one in-memory embedding cache for the whole test run: loading the model takes about a second,
/// and as in the CLI each passage is embedded once, however many classifiers are built over it.
/// </summary>
public static class SharedEncoder
{
    private static readonly Lazy<ITextEncoder> Text = new(() => new LockedTextEncoder(SentenceTransformerEncoder.Create(EncoderKind.MiniLM)));
    private static readonly MemoryEmbeddingCache Cache = new();

    public static ITextEncoder MiniLM => Text.Value;

    public static IPassageEncoder Passages(EncoderOptions? options = null) =>
        new LockedPassageEncoder(new CachedPassageEncoder(new PassageEncoder(Text.Value, options ?? new EncoderOptions()), Cache));

    /// <summary>
    /// The shared encoder over a cache of the caller's own, for a study whose interview and passage ids are also the
    /// synthetic study's (the bundled sample's int01..int10): in the shared cache its texts would replace the synthetic
    /// ones, and the next synthetic reader would embed them again in other batches and see slightly different vectors.
    /// </summary>
    public static IPassageEncoder PassagesWithOwnCache() =>
        new LockedPassageEncoder(new CachedPassageEncoder(new PassageEncoder(Text.Value, new EncoderOptions()), new MemoryEmbeddingCache()));

    /// <summary>
    /// Look-up, embedding and saving as one step across the test run. The 8-bit encoder quantises each batch on its own
    /// range, so a passage embedded in another batch differs in the last digits; two test classes missing the same
    /// synthetic passage at once would each embed it and the later save would replace the vector an earlier reader was
    /// given, and a model trained twice in one test would see two slightly different studies.
    /// </summary>
    private sealed class LockedPassageEncoder(IPassageEncoder inner) : IPassageEncoder
    {
        private static readonly Lock Gate = new();

        public string Name => inner.Name;

        public float[][] EncodeTexts(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            lock (Gate)
            {
                return inner.EncodeTexts(texts, cancellationToken);
            }
        }

        public IReadOnlyList<PassageVectors> Encode(IReadOnlyList<PreCoder.Core.Passages.Passage> passages, CancellationToken cancellationToken)
        {
            lock (Gate)
            {
                return inner.Encode(passages, cancellationToken);
            }
        }
    }

    /// <summary>Test classes run in parallel; one call at a time keeps the shared session simple.</summary>
    private sealed class LockedTextEncoder(ITextEncoder inner) : ITextEncoder
    {
        public string Name => inner.Name;

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            lock (this)
            {
                return inner.Encode(texts, cancellationToken);
            }
        }
    }
}
