using PreCoder.Agreement;

namespace PreCoder.Reporting.Reliability;

/// <summary>
/// Krippendorff's alpha needs only how often each value occurs in each unit, so a comparison's counts are taken
/// straight from a variable's grid of category codes for its columns - no units x coders matrix, no array per row.
/// Units and categories come in the order the matrix would have listed them (units with a value; the values observed,
/// ascending), so alpha and its bootstrap come out bit for bit as they did from the matrix. Categories and the whole
/// study pool their variables' tallies (<see cref="CoincidenceTally.Pool"/>).
/// </summary>
internal static class ScopeTallies
{
    private static readonly double[] PresenceValues = [0, 1];

    /// <summary>Counts of each score over <paramref name="columns"/>; null when no unit has a score in them.</summary>
    public static CategoryCounts? Scores(VariableGrid grid, int[] columns) =>
        Count(grid, columns, grid.Categories, Enumerable.Range(0, grid.Categories.Length).ToArray());

    /// <summary>Counts of absent (score 0 or less) and present over <paramref name="columns"/>, as <see cref="PresenceCoding"/> reads scores.</summary>
    public static CategoryCounts? Presence(VariableGrid grid, int[] columns) =>
        Count(grid, columns, PresenceValues, grid.Categories.Select(category => category > 0 ? 1 : 0).ToArray());

    // map[c]: the grid's category c as an index into values. A first pass finds the values some unit has (the matrix's
    // observed scale would not have the others) and how many units the comparison coded; the second fills exactly
    // that many rows.
    private static CategoryCounts? Count(VariableGrid grid, int[] columns, double[] values, int[] map)
    {
        var position = new int[values.Length];
        var units = Pass(grid, columns, map, position, null, 0);
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
        Pass(grid, columns, map, position, counts, observed.Count);
        return CategoryCounts.FromFlat([.. observed], counts);
    }

    // One walk over the units the columns coded, returning how many there are. Without counts it marks in position
    // the values that occur; with them it adds each code to its unit's row at its value's position (q per row). A
    // unit nobody in the comparison coded has no row.
    private static int Pass(VariableGrid grid, int[] columns, int[] map, int[] position, double[]? counts, int q)
    {
        var row = 0;
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
                    position[map[code]] = 1;
                }
                else
                {
                    counts[(row * q) + position[map[code]]] += 1;
                }
                any = true;
            }
            row += any ? 1 : 0;
        }
        return row;
    }
}
