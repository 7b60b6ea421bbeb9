using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Embeddings;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Precoding;

/// <summary>
/// The study database's Embeddings table as the encoder's cache: one row per passage and encoder, whose Vector column
/// holds the passage's span vectors packed by <see cref="EmbeddingCodec"/>.
/// </summary>
public sealed class DbEmbeddingCache(StudySession session) : IEmbeddingCache
{
    public IReadOnlyDictionary<(string InterviewId, string PassageId), CachedEmbedding> Load(IReadOnlyList<(string InterviewId, string PassageId)> keys, string encoder)
    {
        using var db = session.CreateDb();
        var result = new Dictionary<(string, string), CachedEmbedding>();
        foreach (var group in keys.GroupBy(k => k.InterviewId))
        {
            var wanted = group.Select(k => k.PassageId).ToHashSet(StringComparer.Ordinal);
            var rows = db.Embeddings.AsNoTracking().Where(e => e.InterviewId == group.Key && e.Encoder == encoder).ToList();
            foreach (var r in rows.Where(r => wanted.Contains(r.PassageId)))
            {
                result[(r.InterviewId, r.PassageId)] = new CachedEmbedding(r.InterviewId, r.PassageId, r.Encoder, r.TextHash, r.Vector);
            }
        }
        return result;
    }

    public void Save(IReadOnlyList<CachedEmbedding> entries)
    {
        using var db = session.CreateDb();
        using var tx = db.Database.BeginTransaction();
        foreach (var group in entries.GroupBy(e => (e.InterviewId, e.Encoder)))
        {
            var ids = group.Select(e => e.PassageId).ToArray();
            db.Embeddings.Where(e => e.InterviewId == group.Key.InterviewId && e.Encoder == group.Key.Encoder && ids.Contains(e.PassageId)).ExecuteDelete();
            db.Embeddings.AddRange(group.Select(e => new PassageEmbedding { InterviewId = e.InterviewId, PassageId = e.PassageId, Encoder = e.Encoder, TextHash = e.TextHash, Vector = e.Vector }));
        }
        try
        {
            db.SaveChanges();
            tx.Commit();
        }
        catch (DbUpdateException)
        {
            // Another worker of a distributed batch saved the same passages first (same text hashes, same vectors):
            // the cache has them, and a cache that could not be written must not fail the stage.
        }
    }
}
