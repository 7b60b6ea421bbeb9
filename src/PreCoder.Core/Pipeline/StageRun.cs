namespace PreCoder.Core.Pipeline;

/// <summary>
/// The record that makes stages idempotent: a stage's work for one item is done when a Succeeded run exists
/// whose <see cref="InputHash"/> equals the hash of the item's current inputs and the stage's options.
/// </summary>
public sealed class StageRun
{
    public required string Stage { get; init; }

    /// <summary>The item: an interview id, or a file path for stages that create interviews.</summary>
    public required string Item { get; init; }

    public required string InputHash { get; set; }

    public StageRunStatus Status { get; set; }

    /// <summary>One-line error for a failed item.</summary>
    public string? Error { get; set; }

    /// <summary>A short summary of what the stage produced (counts), for the run report.</summary>
    public string? Summary { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
