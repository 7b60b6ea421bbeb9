namespace PreCoder.Core.Team;

/// <summary>
/// One job of a distributed batch: one stage for one input file (and the interviews that file became), or one
/// study-wide stage. Workers move it through <see cref="WorkItemState"/>; <c>precoder status</c> counts these rows and
/// <c>precoder retry</c> re-enqueues the failed ones. The stage's own <see cref="Pipeline.StageRun"/> records stay
/// what make the work idempotent; this row only tracks the job.
/// </summary>
public sealed class WorkItem
{
    public long Id { get; set; }

    /// <summary>The batch (one <c>run --distributed</c>) the item belongs to.</summary>
    public required string Batch { get; init; }

    public required string Stage { get; init; }

    /// <summary>The stage's position in the pipeline file, so a chain's later stages can be found.</summary>
    public int StageIndex { get; init; }

    /// <summary>The input file (an absolute path every worker sees), or null for a study-wide stage.</summary>
    public string? Source { get; init; }

    /// <summary>The stage's options from the pipeline file, as JSON.</summary>
    public required string Options { get; init; }

    /// <summary>The run's <c>--input</c> paths, as JSON: stages resolve their file options against them.</summary>
    public required string Inputs { get; init; }

    /// <summary>
    /// For the first stage of a file: the input hash (file content and options) when it was enqueued. The job checks
    /// it before working, so a file changed or half-copied since is not worked on silently.
    /// </summary>
    public string? InputHash { get; set; }

    public WorkItemState State { get; set; }

    /// <summary>The Hangfire job that runs this item now.</summary>
    public string? JobId { get; set; }

    /// <summary>How many times a worker started it (a killed worker's job is started again by another).</summary>
    public int Attempts { get; set; }

    /// <summary>The last error, kept when a retry then succeeds only until it does.</summary>
    public string? Error { get; set; }

    public string? Summary { get; set; }

    /// <summary>Which worker (machine/process) ran it last.</summary>
    public string? Worker { get; set; }

    public DateTimeOffset EnqueuedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
