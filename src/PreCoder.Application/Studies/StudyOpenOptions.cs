namespace PreCoder.Application.Studies;

/// <summary>How a host opens a study: where it is, which settings it overrides for this run, how much it logs.</summary>
public sealed record StudyOpenOptions(string StudyPath)
{
    /// <summary>KEY=VALUE configuration overrides, applied last (the CLI's <c>--set</c>).</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    public bool Verbose { get; init; }

    /// <summary>False for use cases that create the study (init, a first pipeline run).</summary>
    public bool RequireStudy { get; init; } = true;

    public TimeProvider? Time { get; init; }

    /// <summary>
    /// Where the use cases' notes to the person running them go (what is being embedded, a coder without codes): the
    /// CLI writes them to standard error; a host that passes none gets them in the study's log.
    /// </summary>
    public IProgress<string>? Notes { get; init; }
}
