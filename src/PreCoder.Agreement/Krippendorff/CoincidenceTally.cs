namespace PreCoder.Agreement;

/// <summary>
/// What Krippendorff's alpha and its bootstrap need to know of a set of units: the coincidence matrix o_ck over the
/// values observed, how many units are pairable, and how many pairs come from units of each size m. All three are sums
/// over units, so the tallies of disjoint sets of units (a study's variables) add up to the tally of their union
/// (<see cref="Pool"/>): a category's or the study's alpha is computed from its variables' tallies without counting
/// their units again.
/// </summary>
public sealed class CoincidenceTally
{
    private CoincidenceTally(double[] values, double[] matrix, double units, SortedDictionary<int, long> pairsBySize)
    {
        Values = values;
        Matrix = matrix;
        Units = units;
        PairsBySize = pairsBySize;
    }

    /// <summary>Gets the values the categories stand for, ascending when they came from scores.</summary>
    public IReadOnlyList<double> Values { get; }

    internal double[] Matrix { get; }

    /// <summary>Gets the number of pairable units (two or more values), counting multiplicities.</summary>
    public double Units { get; }

    // Pairs per unit size m: units_m * m (m - 1) / 2, what the bootstrap redraws.
    internal SortedDictionary<int, long> PairsBySize { get; }

    internal int Categories => Values.Count;

    /// <summary>The tally of one set of units' value counts (categories in the order of <see cref="CategoryCounts.Values"/>).</summary>
    public static CoincidenceTally Of(CategoryCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Of(CategoricalTallies.FromCounts(counts));
    }

    internal static CoincidenceTally Of(CategoricalTallies tallies)
    {
        var q = tallies.Categories;
        var matrix = new double[q * q];
        var units = 0.0;
        var pairsBySize = new SortedDictionary<int, long>();
        for (var i = 0; i < tallies.Units; i++)
        {
            var m = tallies.Totals[i];
            var f = tallies.Multiplicity[i];
            if (m < 2 || f == 0)
            {
                continue;
            }

            units += f;
            var size = (int)Math.Round(m);
            pairsBySize[size] = pairsBySize.GetValueOrDefault(size) + ((long)Math.Round(f) * size * (size - 1) / 2);
            var row = tallies.Counts.AsSpan(i * q, q);
            var scale = f / (m - 1);
            for (var c = 0; c < q; c++)
            {
                if (row[c] == 0)
                {
                    continue;
                }

                for (var k = 0; k < q; k++)
                {
                    var pairs = c == k ? row[c] * (row[c] - 1) : row[c] * row[k];
                    matrix[(c * q) + k] += pairs * scale;
                }
            }
        }

        return new CoincidenceTally(tallies.CategoryValues, matrix, units, pairsBySize);
    }

    /// <summary>
    /// The tally of the union of disjoint sets of units. Categories are matched by value, so every part must carry the
    /// values its categories stand for (as counts from scores do); the pooled categories are their union, ascending.
    /// </summary>
    public static CoincidenceTally Pool(IReadOnlyList<CoincidenceTally> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var values = parts.SelectMany(p => p.Values).Distinct().Order().ToArray();
        var q = values.Length;
        var matrix = new double[q * q];
        var units = 0.0;
        var pairsBySize = new SortedDictionary<int, long>();
        foreach (var part in parts)
        {
            var index = part.Values.Select(v => Array.BinarySearch(values, v)).ToArray();
            var pq = part.Categories;
            for (var c = 0; c < pq; c++)
            {
                for (var k = 0; k < pq; k++)
                {
                    matrix[(index[c] * q) + index[k]] += part.Matrix[(c * pq) + k];
                }
            }

            units += part.Units;
            foreach (var (size, pairs) in part.PairsBySize)
            {
                pairsBySize[size] = pairsBySize.GetValueOrDefault(size) + pairs;
            }
        }

        return new CoincidenceTally(values, matrix, units, pairsBySize);
    }
}
