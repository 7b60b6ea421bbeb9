using System.Globalization;
using PreCoder.Core.Coding;

namespace PreCoder.Reporting.Tests.Paper;

/// <summary>
/// Builds interviews and codes whose marginals are a published table's: for a printed "% mentioned" and "average
/// score" it finds how many of a group were coded (the rest missing, as in the study, whose denominators vary),
/// how many mentioned the variable and the scores they gave, so that the report must print the same figures.
/// </summary>
internal static class PaperCohort
{
    /// <summary>Scores (1..3 for mentioned, 0 for not, null for missing) for <paramref name="size"/> interviews, or null when no integer data prints these figures.</summary>
    public static double?[]? Scores(int size, string percent, string? average)
    {
        for (var coded = size; coded >= size * 3 / 4; coded--)
        {
            for (var mentioned = 0; mentioned <= coded; mentioned++)
            {
                if (Fmt1(100.0 * mentioned / coded) != percent)
                {
                    continue;
                }

                if (average is null)
                {
                    return Spread(size, coded, mentioned, mentioned);
                }

                for (var sum = mentioned; sum <= 3 * mentioned; sum++)
                {
                    if (((double)sum / coded).ToString("F2", CultureInfo.InvariantCulture) == average)
                    {
                        return Spread(size, coded, mentioned, sum);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="count"/> values with exactly the printed mean and sample SD and the printed range: the two
    /// extremes, then the rest in a pair around the remaining mean (one value at it when the rest is odd).
    /// </summary>
    public static double[] Values(int count, double mean, double sd, double min, double max)
    {
        var rest = count - 2;
        var restMean = ((count * mean) - min - max) / rest;
        var restSquares = ((count - 1) * sd * sd) + (count * mean * mean) - (min * min) - (max * max);
        var paired = rest % 2 == 0 ? rest : rest - 1;
        var d = Math.Sqrt((restSquares - (rest * restMean * restMean)) / paired);
        var values = new List<double> { min, max };
        for (var i = 0; i < paired / 2; i++)
        {
            values.Add(restMean - d);
            values.Add(restMean + d);
        }

        if (rest % 2 == 1)
        {
            values.Add(restMean);
        }

        return [.. values];
    }

    /// <summary>Category counts whose shares of <paramref name="size"/> print as given; the rest of the group is left unknown.</summary>
    public static int Count(int size, string percent) =>
        Enumerable.Range(0, size + 1).First(k => Fmt1(100.0 * k / size) == percent);

    /// <summary>The integer data closest to figures no integer data prints exactly: share first, then average.</summary>
    public static double?[] Nearest(int size, double percent, double average)
    {
        var best = (Error: double.MaxValue, Coded: size, Mentioned: 0, Sum: 0);
        for (var coded = size; coded >= size * 3 / 4; coded--)
        {
            for (var mentioned = 0; mentioned <= coded; mentioned++)
            {
                for (var sum = mentioned; sum <= 3 * mentioned; sum++)
                {
                    var error = (10 * Math.Abs((100.0 * mentioned / coded) - percent)) + (100 * Math.Abs(((double)sum / coded) - average));
                    if (error < best.Error)
                    {
                        best = (error, coded, mentioned, sum);
                    }
                }
            }
        }

        return Spread(size, best.Coded, best.Mentioned, best.Sum);
    }

    public static string Fmt1(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static double?[] Spread(int size, int coded, int mentioned, int sum)
    {
        var scores = new double?[size];
        var extra = sum - mentioned;
        for (var i = 0; i < coded; i++)
        {
            if (i < mentioned)
            {
                var bonus = Math.Min(2, extra);
                extra -= bonus;
                scores[i] = 1 + bonus;
            }
            else
            {
                scores[i] = 0;
            }
        }

        return scores;
    }

    public static Score ToScore(double? value) => value is { } v ? Score.Of(v) : Score.Missing("not explored");
}
