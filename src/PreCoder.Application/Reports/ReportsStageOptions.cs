namespace PreCoder.Application.Reports;

/// <summary>The options of the <c>reports</c> stage.</summary>
public sealed record ReportsStageOptions
{
    /// <summary>Comma-separated coders to compare. The default value is every human coder.</summary>
    public string? Coders { get; init; }

    /// <summary>Adds every machine coder to the agreement report. The default value is true.</summary>
    public bool Machine { get; init; } = true;

    /// <summary>The interview attribute to tabulate results by; no tables when absent.</summary>
    public string? By { get; init; }

    /// <summary>Whose codes the tables show: a coder, <c>consensus</c> or <c>machine:NAME</c>.</summary>
    public string? Coder { get; init; }
}
