namespace PreCoder.Agreement;

/// <summary>
/// Category-count data: for each unit, how many coders chose each category (irrCAC's "distribution" format).
/// Coder identities are unknown, so rater-specific statistics (Cohen, Conger) cannot use it.
/// Categories are coded 1..q in column order unless their values are given (<see cref="FromFlat"/>).
/// </summary>
public sealed class CategoryCounts
{
    private readonly double[] _counts;

    /// <summary>Creates counts from a units x q array of non-negative counts.</summary>
    /// <exception cref="ArgumentException">A count is negative or not finite.</exception>
    public CategoryCounts(double[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Units = counts.GetLength(0);
        Categories = counts.GetLength(1);
        _counts = new double[Units * Categories];
        for (var u = 0; u < Units; u++)
        {
            for (var k = 0; k < Categories; k++)
            {
                var v = counts[u, k];
                if (!double.IsFinite(v) || v < 0)
                {
                    throw new ArgumentException($"Count [{u},{k}] = {v} is not a non-negative count.", nameof(counts));
                }

                _counts[(u * Categories) + k] = v;
            }
        }
    }

    private CategoryCounts(double[] counts, int units, double[] values)
    {
        _counts = counts;
        Units = units;
        Categories = values.Length;
        Values = values;
    }

    /// <summary>Gets the number of units.</summary>
    public int Units { get; }

    /// <summary>Gets the number of categories q.</summary>
    public int Categories { get; }

    /// <summary>Gets the value of each category, for interval and ratio metrics; null when categories are coded 1..q.</summary>
    public IReadOnlyList<double>? Values { get; }

    /// <summary>
    /// Gets the row-major counts (unit * <see cref="Categories"/> + category) as the array itself, for this assembly's
    /// tallies, which only read it: a report's pooled scopes hold tens of thousands of units, and a copy each was most
    /// of their cost.
    /// </summary>
    internal double[] Flat => _counts;

    /// <summary>
    /// Creates counts of categories with known values from a flat, row-major units x q array, without copying it:
    /// how a caller that tallies many comparisons itself (a report over hundreds of variables) hands them over.
    /// </summary>
    /// <param name="values">The categories' values, ascending; q = its length.</param>
    /// <param name="counts">Counts, unit * q + category; the array is kept, so it must not change afterwards.</param>
    /// <exception cref="ArgumentException">The array is not a whole number of units, or a count is negative or not finite.</exception>
    public static CategoryCounts FromFlat(double[] values, double[] counts)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(counts);
        var q = values.Length;
        if (q == 0 ? counts.Length != 0 : counts.Length % q != 0)
        {
            throw new ArgumentException($"{counts.Length} counts are not a whole number of units of {q} categories.", nameof(counts));
        }

        foreach (var v in counts)
        {
            if (!double.IsFinite(v) || v < 0)
            {
                throw new ArgumentException($"Count {v} is not a non-negative count.", nameof(counts));
            }
        }

        return new CategoryCounts(counts, q == 0 ? 0 : counts.Length / q, values);
    }

    /// <summary>Gets how many coders put unit <paramref name="unit"/> in category <paramref name="category"/> (0-based).</summary>
    public double this[int unit, int category] => _counts[(unit * Categories) + category];
}
