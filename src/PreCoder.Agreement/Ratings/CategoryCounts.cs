namespace PreCoder.Agreement;

/// <summary>
/// Category-count data: for each unit, how many coders chose each category (irrCAC's "distribution" format).
/// Coder identities are unknown, so rater-specific statistics (Cohen, Conger) cannot use it.
/// Categories are coded 1..q in column order.
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

    /// <summary>Gets the number of units.</summary>
    public int Units { get; }

    /// <summary>Gets the number of categories q.</summary>
    public int Categories { get; }

    /// <summary>Gets how many coders put unit <paramref name="unit"/> in category <paramref name="category"/> (0-based).</summary>
    public double this[int unit, int category] => _counts[(unit * Categories) + category];
}
