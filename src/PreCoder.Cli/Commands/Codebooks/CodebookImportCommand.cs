using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Codebooks.Files;
using PreCoder.Codebooks.Json;
using PreCoder.Codebooks.Versioning;
using PreCoder.Store.Codebooks;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Codebooks;

[Description("Import a codebook (yaml, json, qdc, csv, xlsx by extension); a changed codebook becomes a new version.")]
public sealed class CodebookImportCommand : StudyCommand<CodebookImportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";
    }

    protected override async Task<int> RunAsync(Session session, Settings settings, CancellationToken cancellationToken)
    {
        var result = await ImportAsync(session, settings.File, cancellationToken);
        session.Output.Result(result, result.Created
            ? $"Imported {settings.File} as codebook version {result.Version} ({result.Variables} variables in {result.Categories} categories){(result.Changes.Count > 0 ? $"; {result.Changes.Count} changes since version {result.Version - 1}" : "")}"
            : $"Codebook unchanged: still version {result.Version}");
        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine(warning); // already "file:line: warning: ..."
        }
        return 0;
    }

    public sealed record ImportResult(int Version, bool Created, int Variables, int Categories, IReadOnlyList<string> Changes, IReadOnlyList<string> Warnings, IReadOnlyList<string> OrphanedCodeVariables);

    /// <summary>Validates, stores a new version when the content changed, and reports codes whose variable the new version removed.</summary>
    public static async Task<ImportResult> ImportAsync(Session session, string file, CancellationToken cancellationToken)
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
            // Codes for removed variables are kept under the version they were made in, and reported here.
            orphaned = db.Decisions.Select(d => d.VariableId).Distinct().AsEnumerable().Where(v => !ids.Contains(v)).Order().ToArray();
            foreach (var v in orphaned)
            {
                Console.Error.WriteLine($"note: codes for variable '{v}' are kept, but version {version.Version} no longer has it");
            }
        }
        return new ImportResult(version.Version, created, codebook.Variables.Count, codebook.Categories.Count, changes,
            read.Warnings.Select(w => w.ToString()).ToArray(), orphaned);
    }
}
