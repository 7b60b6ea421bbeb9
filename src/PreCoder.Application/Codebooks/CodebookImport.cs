using PreCoder.Codebooks.Files;
using PreCoder.Codebooks.Json;
using PreCoder.Codebooks.Versioning;
using PreCoder.Store.Codebooks;

namespace PreCoder.Application.Codebooks;

/// <summary>Imports a codebook file: a changed codebook becomes a new version, an unchanged one is left as it is.</summary>
public static class CodebookImport
{
    /// <summary>Validates, stores a new version when the content changed, and reports codes whose variable the new version removed.</summary>
    public static async Task<CodebookImportResult> ImportAsync(StudySession session, string file, CancellationToken cancellationToken)
    {
        var read = CodebookFiles.Read(file);
        var codebook = read.GetCodebookOrThrow();
        var json = CodebookJson.Serialize(codebook);
        await using var db = session.CreateDb();
        var previous = await CodebookVersions.LatestAsync(db, cancellationToken);
        var (version, created) = await CodebookVersions.AddAsync(db, json, CodebookHash.OfJson(json), Path.GetFullPath(file), cancellationToken);
        IReadOnlyList<string> changes = [];
        IReadOnlyList<string> orphaned = [];
        if (created && previous is not null)
        {
            var before = CodebookJson.Deserialize(previous.Json);
            changes = PreCoder.Codebooks.Diff.CodebookDiff.Compare(before, codebook).Select(c => c.ToString()).ToArray();
            var ids = codebook.Variables.Select(v => v.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // Codes for removed variables are kept under the version they were made in, and reported.
            orphaned = db.Decisions.Select(d => d.VariableId).Distinct().AsEnumerable().Where(v => !ids.Contains(v)).Order().ToArray();
        }
        return new CodebookImportResult(version.Version, created, codebook.Variables.Count, codebook.Categories.Count, changes,
            read.Warnings.Select(w => w.ToString()).ToArray(), orphaned);
    }
}
