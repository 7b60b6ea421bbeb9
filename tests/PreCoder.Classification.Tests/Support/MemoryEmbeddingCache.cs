using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Tests.Support;

/// <summary>An in-memory <see cref="IEmbeddingCache"/>.</summary>
public sealed class MemoryEmbeddingCache : IEmbeddingCache
{
    public Dictionary<(string, string, string), CachedEmbedding> Entries { get; } = [];

    public IReadOnlyDictionary<(string InterviewId, string PassageId), CachedEmbedding> Load(IReadOnlyList<(string InterviewId, string PassageId)> keys, string encoder)
    {
        lock (Entries)
        {
            return keys.Distinct().Where(k => Entries.ContainsKey((k.InterviewId, k.PassageId, encoder))).ToDictionary(k => k, k => Entries[(k.InterviewId, k.PassageId, encoder)]);
        }
    }

    public void Save(IReadOnlyList<CachedEmbedding> entries)
    {
        lock (Entries)
        {
            foreach (var e in entries)
            {
                Entries[(e.InterviewId, e.PassageId, e.Encoder)] = e;
            }
        }
    }
}
