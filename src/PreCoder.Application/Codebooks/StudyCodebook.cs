using PreCoder.Codebooks.Json;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Errors;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Codebooks;

/// <summary>The study's current codebook and its version number.</summary>
public sealed record StudyCodebook(Codebook Codebook, int Version)
{
    /// <summary>Loads the latest version; a study without a codebook is a clear error saying how to add one.</summary>
    public static async Task<StudyCodebook> LoadAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        var latest = await Store.Codebooks.CodebookVersions.LatestAsync(db, cancellationToken)
            ?? throw new UnavailableException("the study has no codebook yet; import one with 'precoder codebook import FILE' (the seed study's is codebooks/isis-in-their-own-words.yaml)");
        return new StudyCodebook(CodebookJson.Deserialize(latest.Json, $"codebook version {latest.Version}"), latest.Version);
    }

    /// <summary>Loads a stored version by number, or the latest when <paramref name="version"/> is null.</summary>
    public static async Task<StudyCodebook> LoadAsync(StudySession session, int? version, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        return version is { } v ? await LoadAsync(db, v, cancellationToken) : await LoadAsync(db, cancellationToken);
    }

    /// <summary>Loads a stored version by number.</summary>
    public static async Task<StudyCodebook> LoadAsync(StudyDbContext db, int version, CancellationToken cancellationToken)
    {
        var row = await db.CodebookVersions.FindAsync([version], cancellationToken)
            ?? throw new InputException("--version", null, $"the study has no codebook version {version}");
        return new StudyCodebook(CodebookJson.Deserialize(row.Json, $"codebook version {version}"), version);
    }
}
