namespace PreCoder.Agreement;

/// <summary>Precision, recall and F1 of one coder's presence calls against another's, e.g. the machine coder against a human.</summary>
public static class PresenceMetrics
{
    /// <summary>Counts presence agreement on the units both coders scored (presence = score &gt; 0).</summary>
    /// <param name="ratings">Scores; NaN = missing.</param>
    /// <param name="referenceCoder">Column of the coder taken as truth.</param>
    /// <param name="candidateCoder">Column of the coder being evaluated.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coder index is out of range.</exception>
    public static PresenceResult Compute(RatingMatrix ratings, int referenceCoder, int candidateCoder)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfNegative(referenceCoder);
        ArgumentOutOfRangeException.ThrowIfNegative(candidateCoder);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(referenceCoder, ratings.Coders);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(candidateCoder, ratings.Coders);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var u = 0; u < ratings.Units; u++)
        {
            double reference = ratings[u, referenceCoder], candidate = ratings[u, candidateCoder];
            if (double.IsNaN(reference) || double.IsNaN(candidate))
            {
                continue;
            }

            switch (reference > 0, candidate > 0)
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (true, false): fn++; break;
                default: tn++; break;
            }
        }

        return new PresenceResult(tp, fp, fn, tn);
    }
}
