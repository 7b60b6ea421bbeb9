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
        new CachedPassageEncoder(new PassageEncoder(Text.Value, options ?? new EncoderOptions()), Cache);

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
