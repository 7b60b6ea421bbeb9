using PreCoder.Core.Passages;

namespace PreCoder.Classification.Embeddings;

/// <summary>
/// Wraps an encoder with a cache: passages whose text hash is cached are read back, only the rest are embedded. Other
/// texts (the codebook's definitions and indicators) are cached too, under the pseudo-interview <see cref="TextsKey"/>
/// and their SHA-256, so an unchanged codebook is not embedded again on every run.
/// </summary>
public sealed class CachedPassageEncoder(IPassageEncoder inner, IEmbeddingCache cache) : IPassageEncoder
{
    /// <summary>The interview id under which non-passage texts are cached; interview ids do not start with '~'.</summary>
    public const string TextsKey = "~texts";

    public string Name => inner.Name;

    /// <summary>How many passages the last calls embedded (not served from the cache).</summary>
    public int Embedded { get; private set; }

    public float[][] EncodeTexts(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var hashes = texts.Select(t => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(t)))).ToArray();
        var cached = cache.Load(hashes.Distinct().Select(h => (TextsKey, h)).ToArray(), Name);
        var result = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (cached.TryGetValue((TextsKey, hashes[i]), out var entry) && entry.Vector.Length % sizeof(float) == 0 && entry.Vector.Length > 0)
            {
                result[i] = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(entry.Vector).ToArray();
            }
            else
            {
                missing.Add(i);
            }
        }
        if (missing.Count > 0)
        {
            var fresh = inner.EncodeTexts(missing.Select(i => texts[i]).ToArray(), cancellationToken);
            var entries = new Dictionary<string, CachedEmbedding>();
            for (var k = 0; k < missing.Count; k++)
            {
                result[missing[k]] = fresh[k];
                entries[hashes[missing[k]]] = new CachedEmbedding(TextsKey, hashes[missing[k]], Name, hashes[missing[k]], VectorMath.ToBytes(fresh[k]));
            }
            cache.Save(entries.Values.ToArray());
        }
        return result;
    }

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
