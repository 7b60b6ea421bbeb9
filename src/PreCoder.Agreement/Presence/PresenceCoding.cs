namespace PreCoder.Agreement;

/// <summary>
/// Presence view of Likert scores: a code is present when its score is above 0. Run any statistic on the result
/// (e.g. <see cref="CohenKappa"/>, <see cref="KrippendorffAlpha"/> nominal) for its binary version.
/// </summary>
public static class PresenceCoding
{
    /// <summary>Maps every score to 1 (score &gt; 0) or 0 (score &lt;= 0); missing stays missing (NaN), never absent.</summary>
    public static RatingMatrix ToPresence(RatingMatrix ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return ratings.Map(v => double.IsNaN(v) ? double.NaN : v > 0 ? 1 : 0);
    }
}
