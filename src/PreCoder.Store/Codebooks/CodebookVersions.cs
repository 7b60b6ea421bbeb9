using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Codebooks;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Codebooks;

/// <summary>The study's codebook history: a new version only when the content changes.</summary>
public static class CodebookVersions
{
    public static Task<CodebookVersion?> LatestAsync(StudyDbContext db, CancellationToken cancellationToken) =>
        db.CodebookVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Stores the JSON as a new version unless it equals the latest one; returns the version and whether it is new.</summary>
    public static async Task<(CodebookVersion Version, bool Created)> AddAsync(StudyDbContext db, string json, string hash, string? sourceFile, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(db, cancellationToken);
        if (latest is not null && latest.ContentHash == hash)
        {
            return (latest, false);
        }
        var version = new CodebookVersion
        {
            Version = (latest?.Version ?? 0) + 1,
            ContentHash = hash,
            Json = json,
            SourceFile = sourceFile,
            ImportedAt = DateTimeOffset.UtcNow,
        };
        db.CodebookVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return (version, true);
    }
}
