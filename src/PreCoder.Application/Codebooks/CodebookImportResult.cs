namespace PreCoder.Application.Codebooks;

/// <summary>What importing a codebook file did: the version it is now, what changed, and codes left without a variable.</summary>
public sealed record CodebookImportResult(int Version, bool Created, int Variables, int Categories, IReadOnlyList<string> Changes, IReadOnlyList<string> Warnings, IReadOnlyList<string> OrphanedCodeVariables);
