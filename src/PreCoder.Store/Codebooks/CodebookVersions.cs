using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Codebooks;
using PreCoder.Store.Persistence;
using PreCoder.Store.Reading;

namespace PreCoder.Store.Codebooks;

/// <summary>The study's codebook history: a new version only when the content changes.</summary>
public static class CodebookVersions
{
    public static async Task<CodebookVersion?> LatestAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        return await LatestAsync(reader, cancellationToken);
    }

    public static async Task<CodebookVersion?> LatestAsync(StudyReader reader, CancellationToken cancellationToken) =>
        (await reader.ListAsync(
            "SELECT \"Version\", \"ContentHash\", \"Json\", \"SourceFile\", \"ImportedAt\" FROM \"CodebookVersions\" ORDER BY \"Version\" DESC LIMIT 1",
            row => new CodebookVersion
            {
                Version = row.GetInt32(0),
                ContentHash = row.GetString(1),
                Json = row.GetString(2),
                SourceFile = row.GetStringOrNull(3),
                ImportedAt = row.GetFieldValue<DateTimeOffset>(4),
            },
            cancellationToken)).SingleOrDefault();

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
