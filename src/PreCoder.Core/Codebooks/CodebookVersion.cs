namespace PreCoder.Core.Codebooks;

/// <summary>A stored version of the study's codebook. Codes and suggestions keep the version they were made under.</summary>
public sealed class CodebookVersion
{
    /// <summary>1 for the first import, then one more for every import that changes the content.</summary>
    public required int Version { get; init; }

    /// <summary>SHA-256 of the canonical JSON, to tell an unchanged re-import from a change.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The codebook as canonical JSON, so any version can be read back whole.</summary>
    public required string Json { get; init; }

    public string? SourceFile { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }
}
