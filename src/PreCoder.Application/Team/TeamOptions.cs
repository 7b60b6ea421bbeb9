namespace PreCoder.Application.Team;

/// <summary>The <c>Team</c> configuration section: how distributed jobs are retried and how often workers poll.</summary>
public sealed class TeamOptions
{
    public const string Section = "Team";

    /// <summary>Retries after a job's first failure before it lands in the failed list. The default value is 3.</summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>Seconds before the first retry; each further retry waits twice as long. The default value is 30.</summary>
    public int RetryDelaySeconds { get; set; } = 30;

    /// <summary>
    /// How often an idle worker asks PostgreSQL for a job, and checks for retries that are due, in milliseconds.
    /// The default value is 2000. Lower means faster pick-up and more queries.
    /// </summary>
    public int PollIntervalMilliseconds { get; set; } = 2000;

    /// <summary>
    /// Seconds after which a job whose worker stopped sending heartbeats (killed, machine off) is handed to another
    /// worker. A live worker keeps its job however long it runs (sliding invisibility). The default value is 300.
    /// </summary>
    public int InvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// Seconds between two looks of a batch's gate (study-wide stages after per-file ones) at whether every file is
    /// done. The default value is 10: the gate costs one query per look, and the tail starts at most this late.
    /// </summary>
    public int GatePollSeconds { get; set; } = 10;

    /// <summary>
    /// Seconds between two stores of a recording's transcription checkpoints in the database while it is transcribed
    /// (after the chunk that passes the interval). A worker killed outright loses at most this much work plus one
    /// chunk. The default value is 60; 0 stores after every chunk.
    /// </summary>
    public int CheckpointSeconds { get; set; } = 60;

    /// <summary>The PostgreSQL schema of Hangfire's own tables, apart from the study's. The default value is <c>hangfire</c>.</summary>
    public string Schema { get; set; } = "hangfire";

    /// <summary>Fails at start, not when the first job fails.</summary>
    public void Validate()
    {
        string? problem =
            RetryAttempts < 0 ? $"Team:RetryAttempts {RetryAttempts} must be 0 or more"
            : RetryDelaySeconds < 0 ? $"Team:RetryDelaySeconds {RetryDelaySeconds} must be 0 or more"
            : PollIntervalMilliseconds < 50 ? $"Team:PollIntervalMilliseconds {PollIntervalMilliseconds} must be at least 50"
            : InvisibilityTimeoutSeconds < 1 ? $"Team:InvisibilityTimeoutSeconds {InvisibilityTimeoutSeconds} must be at least 1"
            : CheckpointSeconds < 0 ? $"Team:CheckpointSeconds {CheckpointSeconds} must be 0 or more"
            : GatePollSeconds < 1 ? $"Team:GatePollSeconds {GatePollSeconds} must be at least 1"
            : string.IsNullOrWhiteSpace(Schema) ? "Team:Schema must name a PostgreSQL schema"
            : null;
        if (problem is not null)
        {
            throw new Core.Errors.InputException("configuration", null, problem);
        }
    }

    /// <summary>Backoff: the delay before each retry, doubling from <see cref="RetryDelaySeconds"/>.</summary>
    public int[] RetryDelays() => Enumerable.Range(0, RetryAttempts).Select(i => RetryDelaySeconds * (1 << Math.Min(i, 16))).ToArray();
}
