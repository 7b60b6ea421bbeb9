namespace PreCoder.Agreement;

/// <summary>
/// A square two-coder contingency table: cell [k, l] holds how many units (or what proportion of them)
/// coder 1 put in category k and coder 2 in category l. Categories are coded 1..q in row/column order.
/// </summary>
public sealed class ContingencyTable
{
    private readonly double[] _cells;

    /// <summary>Creates a table from a q x q array of non-negative counts or proportions.</summary>
    /// <exception cref="ArgumentException">The array is not square, or a cell is negative or not finite.</exception>
    public ContingencyTable(double[,] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.GetLength(0) != cells.GetLength(1))
        {
            throw new ArgumentException("A contingency table must be square.", nameof(cells));
        }

        Categories = cells.GetLength(0);
        _cells = new double[Categories * Categories];
        for (var k = 0; k < Categories; k++)
        {
            for (var l = 0; l < Categories; l++)
            {
                var v = cells[k, l];
                if (!double.IsFinite(v) || v < 0)
                {
                    throw new ArgumentException($"Cell [{k},{l}] = {v} is not a non-negative count.", nameof(cells));
                }

                _cells[(k * Categories) + l] = v;
            }
        }
    }

    /// <summary>Gets the number of categories q.</summary>
    public int Categories { get; }

    /// <summary>Gets the count for coder 1 = category <paramref name="k"/>, coder 2 = category <paramref name="l"/> (0-based).</summary>
    public double this[int k, int l] => _cells[(k * Categories) + l];

    /// <summary>Gets the sum of all cells (the number of units, or 1 for proportions).</summary>
    public double Total => _cells.Sum();
}
