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

    // maps[g][c]: grid g's category c as an index into values. A first pass finds the values some unit has (the
    // matrix's observed scale would not have the others) and how many units the comparison coded; the second fills
    // exactly that many rows. Pooled scopes span every variable's units, so counting into a wider array and
    // compacting it cost a second large array per comparison.
    private static CategoryCounts? Count(IReadOnlyList<VariableGrid> grids, int[] columns, double[] values, int[][] maps)
    {
        var position = new int[values.Length];
        var units = Pass(grids, columns, maps, position, null, 0);
        if (units == 0)
        {
            return null;
        }

        var observed = new List<double>(values.Length);
        for (var k = 0; k < values.Length; k++)
        {
            if (position[k] > 0)
            {
                position[k] = observed.Count;
                observed.Add(values[k]);
            }
        }
        var counts = new double[units * observed.Count];
        Pass(grids, columns, maps, position, counts, observed.Count);
        return CategoryCounts.FromFlat([.. observed], counts);
    }

    // One walk over the units the columns coded, returning how many there are. Without counts it marks in position
    // the values that occur; with them it adds each code to its unit's row at its value's position (q per row). A
    // unit nobody in the comparison coded has no row.
    private static int Pass(IReadOnlyList<VariableGrid> grids, int[] columns, int[][] maps, int[] position, double[]? counts, int q)
    {
        var row = 0;
        for (var g = 0; g < grids.Count; g++)
        {
            var grid = grids[g];
            for (var u = 0; u < grid.Units; u++)
            {
                var any = false;
                foreach (var column in columns)
                {
                    var code = grid.Code(u, column);
                    if (code < 0)
                    {
                        continue;
                    }
                    if (counts is null)
                    {
                        position[maps[g][code]] = 1;
                    }
                    else
                    {
                        counts[(row * q) + position[maps[g][code]]] += 1;
                    }
                    any = true;
                }
                row += any ? 1 : 0;
            }
        }
        return row;
    }
}
