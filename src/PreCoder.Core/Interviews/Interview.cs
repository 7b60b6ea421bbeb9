namespace PreCoder.Core.Interviews;

/// <summary>One participant's interview: the unit the seed study codes at.</summary>
public sealed class Interview
{
    /// <summary>The study-wide id; by default the transcript's file name without extension.</summary>
    public required string Id { get; init; }

    /// <summary>Where the transcript or recording came from (relative or absolute path as given on import).</summary>
    public string? Source { get; set; }

    /// <summary>Free-form participant attributes (gender, nationality, local/foreign, ages...), keyed by attribute name.</summary>
    public Dictionary<string, string> Attributes { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
