using PreCoder.Codebooks.Json;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Versioning;

/// <summary>Decides whether an import is a new codebook version; storing it is the store's job.</summary>
public static class CodebookVersioning
{
    /// <summary>
    /// The version row to store for <paramref name="codebook"/>, or null when its content equals
    /// <paramref name="latest"/> (an unchanged re-import, whatever file format it came in).
    /// </summary>
    public static CodebookVersion? NextVersion(Codebook codebook, CodebookVersion? latest, string? sourceFile, DateTimeOffset importedAt)
    {
        var json = CodebookJson.Serialize(codebook);
        var hash = CodebookHash.OfJson(json);
        if (latest is not null && latest.ContentHash == hash)
        {
            return null;
        }
        return new CodebookVersion
        {
            Version = (latest?.Version ?? 0) + 1,
            ContentHash = hash,
            Json = json,
            SourceFile = sourceFile,
            ImportedAt = importedAt,
        };
    }
}
