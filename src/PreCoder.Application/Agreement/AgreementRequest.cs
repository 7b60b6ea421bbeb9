namespace PreCoder.Application.Agreement;

/// <summary>Which codes an agreement analysis compares and how.</summary>
public sealed record AgreementRequest
{
    /// <summary>Comma-separated coder ids; null for every human coder. <c>machine:NAME</c> adds one machine coder.</summary>
    public string? Coders { get; init; }

    /// <summary>Adds every machine coder (their latest suggestions).</summary>
    public bool Machine { get; init; }

    /// <summary><see cref="StudyRatingsLoader.InterviewLevel"/> or <see cref="StudyRatingsLoader.PassageLevel"/>.</summary>
    public string Level { get; init; } = StudyRatingsLoader.InterviewLevel;

    /// <summary><c>variable</c> (per variable, category and overall) or <c>category</c>.</summary>
    public string By { get; init; } = "variable";

    /// <summary>A metric name (see <c>MetricNames</c>); null for the scale's default.</summary>
    public string? Metric { get; init; }

    public int Resamples { get; init; } = 1000;

    public ulong Seed { get; init; } = 1;
}
