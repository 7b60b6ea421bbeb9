using PreCoder.Agreement;

namespace PreCoder.Reporting.Reliability;

/// <summary>
/// Krippendorff's alpha needs only how often each value occurs in each unit, so a comparison's counts are taken
/// straight from the grids' category codes for its columns - no units x coders matrix, no array per row - for one
/// variable or pooled over a category's or the study's variables. Units and categories come in the order the matrix
/// would have listed them (units with a value, grid by grid; the values observed, ascending), so alpha and its
/// bootstrap come out bit for bit as they did from the matrix.
/// </summary>
internal static class ScopeTallies
{
    private static readonly double[] PresenceValues = [0, 1];

    /// <summary>Counts of each score over <paramref name="columns"/>; null when no unit has a score in them.</summary>
    public static CategoryCounts? Scores(IReadOnlyList<VariableGrid> grids, int[] columns)
    {
        var values = grids.Count == 1 ? grids[0].Categories : Union(grids);
        return Count(grids, columns, values, Maps(grids, category => Array.BinarySearch(values, category)));
    }

    /// <summary>Counts of absent (score 0 or less) and present over <paramref name="columns"/>, as <see cref="PresenceCoding"/> reads scores.</summary>
    public static CategoryCounts? Presence(IReadOnlyList<VariableGrid> grids, int[] columns) =>
        Count(grids, columns, PresenceValues, Maps(grids, category => category > 0 ? 1 : 0));

    /// <summary>For each grid, each of its categories as an index into the values counted.</summary>
    private static int[][] Maps(IReadOnlyList<VariableGrid> grids, Func<double, int> index)
    {
        var maps = new int[grids.Count][];
        for (var g = 0; g < grids.Count; g++)
        {
            var categories = grids[g].Categories;
            maps[g] = new int[categories.Length];
            for (var c = 0; c < categories.Length; c++)
            {
                maps[g][c] = index(categories[c]);
            }
        }
        return maps;
    }

    private static double[] Union(IReadOnlyList<VariableGrid> grids)
    {
        var values = new List<double>(8);
        foreach (var grid in grids)
        {
            foreach (var v in grid.Categories)
            {
                if (!values.Contains(v))
                {
                    values.Add(v);
                }
            }
        }
        values.Sort();
        return [.. values];
    }

    // maps[g][c]: grid g's category c as an index into values. Counted over all of values first; the values no unit
    // has are then dropped, as the matrix's observed scale would not have them.
    private static CategoryCounts? Count(IReadOnlyList<VariableGrid> grids, int[] columns, double[] values, int[][] maps)
    {
        var width = values.Length;
        var capacity = 0;
        foreach (var grid in grids)
        {
            capacity += grid.Units;
        }
        var wide = new double[capacity * width];
        var units = 0;
        for (var g = 0; g < grids.Count; g++)
        {
            var grid = grids[g];
            for (var u = 0; u < grid.Units; u++)
            {
                var any = false;
                foreach (var column in columns)
                {
                    var code = grid.Code(u, column);
                    if (code >= 0)
                    {
                        wide[(units * width) + maps[g][code]] += 1;
                        any = true;
                    }
                }
                // A unit nobody in the comparison coded leaves its row empty for the next unit to use.
                units += any ? 1 : 0;
            }
        }
        if (units == 0)
        {
            return null;
        }

        var observed = new List<int>(width);
        for (var k = 0; k < width; k++)
        {
            for (var u = 0; u < units; u++)
            {
                if (wide[(u * width) + k] > 0)
                {
                    observed.Add(k);
                    break;
                }
            }
        }
        var q = observed.Count;
        var counts = new double[units * q];
        for (var u = 0; u < units; u++)
        {
            for (var k = 0; k < q; k++)
            {
                counts[(u * q) + k] = wide[(u * width) + observed[k]];
            }
        }
        return CategoryCounts.FromFlat(observed.Select(k => values[k]).ToArray(), counts);
    }
}
