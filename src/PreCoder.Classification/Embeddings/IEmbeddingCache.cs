namespace PreCoder.Classification.Embeddings;

/// <summary>Where embedded passages are kept between runs (the study database's Embeddings table in the CLI).</summary>
public interface IEmbeddingCache
{
    /// <summary>The cached entries of these passages for <paramref name="encoder"/>, keyed by (interview id, passage id).</summary>
    IReadOnlyDictionary<(string InterviewId, string PassageId), CachedEmbedding> Load(IReadOnlyList<(string InterviewId, string PassageId)> keys, string encoder);

    /// <summary>Adds or replaces entries.</summary>
    void Save(IReadOnlyList<CachedEmbedding> entries);
}
