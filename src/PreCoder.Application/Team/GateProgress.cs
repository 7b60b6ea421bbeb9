namespace PreCoder.Application.Team;

/// <summary>
/// A batch's gate in front of study-wide stage <see cref="Stage"/>: how many of its files have every earlier stage
/// done, and how many have a failed one (the gate stays closed until <c>precoder retry</c> completes them).
/// </summary>
public sealed record GateProgress(string Stage, int Files, int Done, int Failed)
{
    public bool Open => Done == Files;
}
