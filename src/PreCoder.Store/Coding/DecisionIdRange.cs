namespace PreCoder.Store.Coding;

/// <summary>
/// The decisions with <see cref="After"/> &lt; id &lt;= <see cref="UpTo"/>, judged against the trail as it stood at
/// decision <see cref="AsOf"/>. Decisions are only ever appended and SQLite hands out ids in commit order, so a trail
/// cut at an id is a consistent snapshot: ranges read on separate connections together give every unit's latest
/// decision as of <see cref="AsOf"/>, exactly once, whatever is appended meanwhile.
/// </summary>
internal readonly record struct DecisionIdRange(long After, long UpTo, long AsOf)
{
    /// <summary>Splits (<paramref name="first"/> - 1, <paramref name="last"/>] into <paramref name="parts"/> ranges of about equal length, in id order.</summary>
    public static DecisionIdRange[] Split(long first, long last, int parts)
    {
        var ranges = new DecisionIdRange[parts];
        var after = first - 1;
        var length = last - after;
        for (var i = 0; i < parts; i++)
        {
            var upTo = i == parts - 1 ? last : first - 1 + (length * (i + 1) / parts);
            ranges[i] = new DecisionIdRange(after, upTo, last);
            after = upTo;
        }
        return ranges;
    }
}
