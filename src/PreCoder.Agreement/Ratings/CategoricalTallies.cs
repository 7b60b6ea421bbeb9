namespace PreCoder.Agreement;

/// <summary>
/// Per-unit category counts, the shared input of the category-based statistics. Built once per variable;
/// the statistics and their bootstraps only read it. Tables become one row per cell with the cell count as
/// <see cref="Multiplicity"/>, so raw data, tables and counts all run through the same formulas.
/// </summary>
internal sealed class CategoricalTallies
{
    private CategoricalTallies(int units, int categories, int raters, double[] counts, double[] multiplicity, int[]? codes, double[] categoryValues)
    {
        Units = units;
        Categories = categories;
        Raters = raters;
        Counts = counts;
        Multiplicity = multiplicity;
        Codes = codes;
        CategoryValues = categoryValues;
        Totals = new double[units];
        for (var i = 0; i < units; i++)
        {
            var t = 0.0;
            for (var k = 0; k < categories; k++)
            {
                t += counts[(i * categories) + k];
            }

            Totals[i] = t;
        }
    }

    /// <summary>Gets the number of rows (units, or table cells).</summary>
    public int Units { get; }

    /// <summary>Gets q, the number of declared categories.</summary>
    public int Categories { get; }

    /// <summary>Gets the number of coders; 0 when coder identities are unknown (category counts).</summary>
    public int Raters { get; }

    /// <summary>Gets the units x q counts, row-major.</summary>
    public double[] Counts { get; }

    /// <summary>Gets the ratings per unit.</summary>
    public double[] Totals { get; }

    /// <summary>Gets how many identical units each row stands for (1 for raw data, the cell count for tables).</summary>
    public double[] Multiplicity { get; }

    /// <summary>Gets the units x raters category indices (-1 = missing), or null when coder identities are unknown.</summary>
    public int[]? Codes { get; }

    /// <summary>Gets the numeric value of each category, for interval and ratio metrics.</summary>
    public double[] CategoryValues { get; }

    /// <exception cref="ArgumentException">A score is not one of the scale's categories.</exception>
    public static CategoricalTallies FromMatrix(RatingMatrix ratings, CategoryScale scale)
    {
        int n = ratings.Units, r = ratings.Coders, q = scale.Count;
        var counts = new double[n * q];
        var codes = new int[n * r];
        var values = ratings.Values;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                codes[i] = -1;
                continue;
            }

            var k = scale.IndexOf(v);
            if (k < 0)
            {
                throw new ArgumentException($"Score {v} (unit {i / r}, coder {i % r}) is not a category of the scale.", nameof(ratings));
            }

            codes[i] = k;
            counts[((i / r) * q) + k] += 1;
        }

        var multiplicity = new double[n];
        Array.Fill(multiplicity, 1.0);
        return new CategoricalTallies(n, q, r, counts, multiplicity, codes, [.. scale.Values]);
    }

    public static CategoricalTallies FromTable(ContingencyTable table)
    {
        var q = table.Categories;
        var counts = new double[q * q * q];
        var codes = new int[q * q * 2];
        var multiplicity = new double[q * q];
        for (var k = 0; k < q; k++)
        {
            for (var l = 0; l < q; l++)
            {
                var cell = (k * q) + l;
                counts[(cell * q) + k] += 1;
                counts[(cell * q) + l] += 1;
                codes[cell * 2] = k;
                codes[(cell * 2) + 1] = l;
                multiplicity[cell] = table[k, l];
            }
        }

        return new CategoricalTallies(q * q, q, 2, counts, multiplicity, codes, CodesOneToQ(q));
    }

    public static CategoricalTallies FromCounts(CategoryCounts counts)
    {
        var multiplicity = new double[counts.Units];
        Array.Fill(multiplicity, 1.0);
        var values = counts.Values is null ? CodesOneToQ(counts.Categories) : [.. counts.Values];
        return new CategoricalTallies(counts.Units, counts.Categories, 0, counts.Flat, multiplicity, null, values);
    }

    /// <summary>Gets the unit frequencies: multiplicity times the bootstrap weight (or the multiplicity alone).</summary>
    public void Frequencies(ReadOnlySpan<double> unitWeights, Span<double> destination)
    {
        for (var i = 0; i < Units; i++)
        {
            destination[i] = unitWeights.IsEmpty ? Multiplicity[i] : Multiplicity[i] * unitWeights[i];
        }
    }

    private static double[] CodesOneToQ(int q) => Enumerable.Range(1, q).Select(v => (double)v).ToArray();
}
