using PreCoder.Reporting.Timepoints;

namespace PreCoder.Application.Reports;

/// <summary>The study's result tables: grouped by which interview attribute, from whose codes.</summary>
public sealed record ResultTablesRequest(string By)
{
    /// <summary>A coder, <c>consensus</c> or <c>machine:NAME</c>; null for the first human coder.</summary>
    public string? Coder { get; init; }

    /// <summary>The codebook category whose variables are timepoints in order.</summary>
    public string Timepoints { get; init; } = TimepointBuilder.RadicalizationCategory;
}
