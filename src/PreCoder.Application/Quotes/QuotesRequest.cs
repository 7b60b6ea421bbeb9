namespace PreCoder.Application.Quotes;

/// <summary>The evidence quotes of a variable (id or name), grouped by an attribute, from whose codes.</summary>
public sealed record QuotesRequest(string Variable)
{
    /// <summary>The interview attribute to group by; null for no grouping.</summary>
    public string? By { get; init; }

    /// <summary>A human coder or a machine coder; null for every human coder.</summary>
    public string? Coder { get; init; }
}
