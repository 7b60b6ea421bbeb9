namespace PreCoder.Store.Coding;

/// <summary>
/// How a SQLite study's current codes are split across connections: one range of decision ids per
/// <see cref="DecisionsPerPart"/> decisions, at most <see cref="MaxParts"/> ranges. Stepping through the
/// latest-decision query is SQLite's work on one core; at the seed study's scale (253,440 decisions) it is the
/// longest single step of <c>agreement</c>, and the other cores are idle while it runs.
/// </summary>
internal sealed record CodeReadParallelism(int DecisionsPerPart, int MaxParts)
{
    public static CodeReadParallelism Default { get; } = new(50_000, Math.Min(Environment.ProcessorCount, 4));

    public int PartsFor(long first, long last) =>
        (int)Math.Clamp((last - first + 1) / Math.Max(DecisionsPerPart, 1), 1, Math.Max(MaxParts, 1));
}
