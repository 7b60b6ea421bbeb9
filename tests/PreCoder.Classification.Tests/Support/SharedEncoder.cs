using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Tests.Support;

/// <summary>One MiniLM encoder for the whole test run: loading the model takes about a second.</summary>
public static class SharedEncoder
{
    private static readonly Lazy<SentenceTransformerEncoder> Text = new(() => SentenceTransformerEncoder.Create(EncoderKind.MiniLM));

    public static ITextEncoder MiniLM => Text.Value;

    public static IPassageEncoder Passages(EncoderOptions? options = null) => new PassageEncoder(Text.Value, options ?? new EncoderOptions());
}
