using PreCoder.Codebooks.Json;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Errors;
using PreCoder.Store.Persistence;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Codebooks;

/// <summary>The study's current codebook and its version number.</summary>
public sealed record StudyCodebook(Codebook Codebook, int Version)
{
    // The last codebook parsed, by its stored JSON: the workspace reads the codebook on every page and decision, and
    // parsing 288 variables costs more than the rest of a decision. Codebooks are immutable records, safe to share.
    private static (string Json, Codebook Codebook)? s_lastParsed;

    /// <summary>Loads the latest version; a study without a codebook is a clear error saying how to add one.</summary>
    public static async Task<StudyCodebook> LoadAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        return await LoadAsync(reader, cancellationToken);
    }

    /// <summary>Loads the latest version; a study without a codebook is a clear error saying how to add one.</summary>
    public static async Task<StudyCodebook> LoadAsync(StudyReader reader, CancellationToken cancellationToken)
    {
        var latest = await Store.Codebooks.CodebookVersions.LatestAsync(reader, cancellationToken)
            ?? throw new UnavailableException("the study has no codebook yet; import one with 'precoder codebook import FILE' (the seed study's is codebooks/isis-in-their-own-words.yaml)");
        return new StudyCodebook(Parse(latest.Json, $"codebook version {latest.Version}"), latest.Version);
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
        return new StudyCodebook(Parse(row.Json, $"codebook version {version}"), version);
    }

    private static Codebook Parse(string json, string source)
    {
        if (s_lastParsed is { } last && string.Equals(last.Json, json, StringComparison.Ordinal))
        {
            return last.Codebook;
        }
        var codebook = CodebookJson.Deserialize(json, source);
        s_lastParsed = (json, codebook);
        return codebook;
    }
}
