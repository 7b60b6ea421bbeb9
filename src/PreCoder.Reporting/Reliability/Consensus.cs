namespace PreCoder.Reporting.Reliability;

/// <summary>
/// The human consensus a machine is compared with: the score held by a strict majority of the humans who coded the
/// unit, and only when at least two did. With two humans that means both gave the same score; otherwise the unit has
/// no consensus and counts as missing, so a machine is never scored against a disputed reference.
/// A majority rather than a median because it is defined for nominal scales too and never invents a score no human gave.
/// </summary>
public static class Consensus
{
    public static double Of(ReadOnlySpan<double> humanScores)
    {
        var coded = 0;
        foreach (var s in humanScores)
        {
            if (!double.IsNaN(s))
            {
                coded++;
            }
        }
        if (coded < 2)
        {
            return double.NaN;
        }
        foreach (var candidate in humanScores)
        {
            if (double.IsNaN(candidate))
            {
                continue;
            }
            var votes = 0;
            foreach (var s in humanScores)
            {
                if (s == candidate)
                {
                    votes++;
                }
            }
            if (votes * 2 > coded)
            {
                return candidate;
            }
        }
        return double.NaN;
    }
}
