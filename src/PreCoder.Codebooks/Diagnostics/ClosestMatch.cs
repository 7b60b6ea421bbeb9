namespace PreCoder.Codebooks.Diagnostics;

/// <summary>Finds the known word a typo was meant to be, for "did you mean" hints.</summary>
internal static class ClosestMatch
{
    /// <summary>The candidate nearest to <paramref name="typed"/>, or null when none is plausibly what was meant.</summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A third of the length tolerates one or two slips in real keys without matching unrelated words.
        var tolerance = Math.Max(2, typed.Length / 3);
        return bestDistance <= tolerance ? best : null;
    }

    /// <summary>"did you mean 'x'?" or, with no near match, the list of allowed values.</summary>
    public static string Hint(string typed, IReadOnlyCollection<string> candidates)
    {
        var match = Find(typed, candidates);
        return match is not null
            ? $"did you mean '{match}'?"
            : $"expected one of: {string.Join(", ", candidates)}";
    }

    // Optimal string alignment distance: a swapped pair of letters ("defintiion") is one slip, not two.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
