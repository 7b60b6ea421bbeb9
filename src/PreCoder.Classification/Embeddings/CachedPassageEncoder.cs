using PreCoder.Core.Passages;

namespace PreCoder.Classification.Embeddings;

/// <summary>Wraps an encoder with a cache: passages whose text hash is cached are read back, only the rest are embedded.</summary>
public sealed class CachedPassageEncoder(IPassageEncoder inner, IEmbeddingCache cache) : IPassageEncoder
{
    public string Name => inner.Name;

    /// <summary>How many passages the last calls embedded (not served from the cache).</summary>
    public int Embedded { get; private set; }

    public float[][] EncodeTexts(IReadOnlyList<string> texts, CancellationToken cancellationToken) => inner.EncodeTexts(texts, cancellationToken);

    public IReadOnlyList<PassageVectors> Encode(IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        var cached = cache.Load(passages.Select(p => (p.InterviewId, p.Id)).ToArray(), Name);
        var result = new PassageVectors?[passages.Count];
        var missing = new List<int>();
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            if (cached.TryGetValue((p.InterviewId, p.Id), out var entry) && entry.TextHash == EmbeddingCodec.TextHash(p))
            {
                result[i] = EmbeddingCodec.Unpack(p, entry.Vector);
            }
            if (result[i] is null)
            {
                missing.Add(i);
            }
        }
        if (missing.Count > 0)
        {
            var fresh = inner.Encode(missing.Select(i => passages[i]).ToArray(), cancellationToken);
            var entries = new List<CachedEmbedding>(missing.Count);
            for (var k = 0; k < missing.Count; k++)
            {
                var p = passages[missing[k]];
                result[missing[k]] = fresh[k];
                entries.Add(new CachedEmbedding(p.InterviewId, p.Id, Name, EmbeddingCodec.TextHash(p), EmbeddingCodec.Pack(fresh[k])));
            }
            cache.Save(entries);
            Embedded += missing.Count;
        }
        return result!;
    }
}
