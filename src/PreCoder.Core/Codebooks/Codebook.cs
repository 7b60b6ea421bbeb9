namespace PreCoder.Core.Codebooks;

/// <summary>The categories, scales and variables every suggestion, decision and agreement figure is measured against.</summary>
public sealed record Codebook
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>What this version of the codebook changed or where it came from, as its authors put it.</summary>
    public string? VersionNote { get; init; }

    /// <summary>Citation of the study the codebook comes from.</summary>
    public string? Source { get; init; }

    public IReadOnlyList<Category> Categories { get; init; } = [];

    /// <summary>Named scales that variables refer to.</summary>
    public IReadOnlyList<Scale> Scales { get; init; } = [];

    public IReadOnlyList<Variable> Variables { get; init; } = [];

    /// <summary>Reasons a code may be missing (interview cut short, not explored, refused...).</summary>
    public IReadOnlyList<string> MissingReasons { get; init; } = [];

    /// <summary>Finds a variable by id or by exact name (case-insensitive), as codes files may use either.</summary>
    public Variable? Find(string idOrName)
    {
        idOrName = idOrName.Trim();
        return Variables.FirstOrDefault(v => string.Equals(v.Id, idOrName, StringComparison.OrdinalIgnoreCase))
            ?? Variables.FirstOrDefault(v => string.Equals(v.Name, idOrName, StringComparison.OrdinalIgnoreCase));
    }
}
