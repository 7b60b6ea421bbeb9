namespace PreCoder.Classification.Embeddings;

/// <summary>One cached passage: its spans and their vectors, packed by <see cref="EmbeddingCodec"/>.</summary>
public sealed record CachedEmbedding(string InterviewId, string PassageId, string Encoder, string TextHash, byte[] Vector);
