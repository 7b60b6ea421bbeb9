namespace PreCoder.Core.Codebooks;

/// <summary>One thing coders score: a vulnerability, an influence, a role, a demographic attribute...</summary>
public sealed record Variable
{
    /// <summary>Stable id that codes point to across codebook versions (e.g. <c>vul_poverty</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The label the study's tables use (e.g. "Poverty").</summary>
    public required string Name { get; init; }

    public required string Category { get; init; }

    public required Scale Scale { get; init; }

    public CodingUnit Unit { get; init; } = CodingUnit.Interview;

    public RoleFilter Role { get; init; } = RoleFilter.Interviewee;

    /// <summary>Which interviews the variable applies to, as <c>attribute=value</c> (e.g. <c>gender=male</c>); null for all.</summary>
    public string? AppliesTo { get; init; }

    public string Definition { get; init; } = "";

    public string? Inclusion { get; init; }

    public string? Exclusion { get; init; }

    /// <summary>Phrases a participant might say when the variable is present; cues for coders and the classifier.</summary>
    public IReadOnlyList<string> Indicators { get; init; } = [];

    /// <summary>Variable-specific guidance on what makes a level higher or lower.</summary>
    public string? Importance { get; init; }

    /// <summary>True when the variable applies to an interview with these attributes (the study's N/A cells).</summary>
    public bool AppliesToAttributes(IReadOnlyDictionary<string, string> attributes)
    {
        if (string.IsNullOrWhiteSpace(AppliesTo))
        {
            return true;
        }
        var parts = AppliesTo.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return true;
        }
        return attributes.TryGetValue(parts[0], out var actual)
            && parts[1].Split('|', StringSplitOptions.TrimEntries).Any(v => string.Equals(v, actual, StringComparison.OrdinalIgnoreCase));
    }
}
