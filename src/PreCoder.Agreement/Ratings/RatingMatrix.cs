namespace PreCoder.Agreement;

/// <summary>
/// An immutable units x coders matrix of scores, the input of every agreement statistic.
/// A missing score is <see cref="double.NaN"/>; it is missing data and is never treated as 0.
/// </summary>
public sealed class RatingMatrix
{
    // Row-major (unit * Coders + coder) so a unit's ratings are contiguous for the per-unit loops.
    private readonly double[] _values;

    private RatingMatrix(double[] values, int units, int coders)
    {
        _values = values;
        Units = units;
        Coders = coders;
    }

    /// <summary>Gets the number of units (rows), including units nobody coded.</summary>
    public int Units { get; }

    /// <summary>Gets the number of coders (columns).</summary>
    public int Coders { get; }

    /// <summary>Gets the score of <paramref name="coder"/> for <paramref name="unit"/>; <see cref="double.NaN"/> when missing.</summary>
    public double this[int unit, int coder] => _values[(unit * Coders) + coder];

    /// <summary>Gets the row-major values (unit * <see cref="Coders"/> + coder), for fast kernels.</summary>
    internal ReadOnlySpan<double> Values => _values;

    /// <summary>Gets one unit's ratings, one per coder.</summary>
    public ReadOnlySpan<double> Row(int unit) => _values.AsSpan(unit * Coders, Coders);

    /// <summary>Gets the number of non-missing scores in the whole matrix.</summary>
    public int CountPresent()
    {
        var count = 0;
        foreach (var v in _values)
        {
            if (!double.IsNaN(v))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Builds a matrix from rows, one per unit, each holding one score per coder.</summary>
    /// <exception cref="ArgumentException">Rows differ in length, or a score is infinite.</exception>
    public static RatingMatrix FromRows(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var coders = rows.Count == 0 ? 0 : rows[0].Length;
        var values = new double[rows.Count * coders];
        for (var u = 0; u < rows.Count; u++)
        {
            if (rows[u].Length != coders)
            {
                throw new ArgumentException($"Row {u} has {rows[u].Length} scores; row 0 has {coders}.", nameof(rows));
            }

            rows[u].CopyTo(values, u * coders);
        }

        return Create(values, rows.Count, coders);
    }

    /// <summary>Builds a matrix from a units x coders array.</summary>
    public static RatingMatrix FromArray(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int units = values.GetLength(0), coders = values.GetLength(1);
        var flat = new double[units * coders];
        for (var u = 0; u < units; u++)
        {
            for (var c = 0; c < coders; c++)
            {
                flat[(u * coders) + c] = values[u, c];
            }
        }

        return Create(flat, units, coders);
    }

    /// <summary>
    /// Builds a matrix from long-format ratings. Row and column order follow <paramref name="units"/> and
    /// <paramref name="coders"/>; a (unit, coder) pair without a rating is missing.
    /// </summary>
    /// <exception cref="ArgumentException">A rating names an unknown unit or coder, or a (unit, coder) pair is rated twice.</exception>
    public static RatingMatrix FromRatings<TUnit, TCoder>(
        IEnumerable<Rating<TUnit, TCoder>> ratings,
        IReadOnlyList<TUnit> units,
        IReadOnlyList<TCoder> coders)
        where TUnit : notnull
        where TCoder : notnull
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var unitIndex = Index(units, nameof(units));
        var coderIndex = Index(coders, nameof(coders));
        var values = new double[units.Count * coders.Count];
        var seen = new bool[values.Length];
        Array.Fill(values, double.NaN);
        foreach (var rating in ratings)
        {
            if (!unitIndex.TryGetValue(rating.Unit, out var u))
            {
                throw new ArgumentException($"Unit '{rating.Unit}' is not in the unit list.", nameof(ratings));
            }

            if (!coderIndex.TryGetValue(rating.Coder, out var c))
            {
                throw new ArgumentException($"Coder '{rating.Coder}' is not in the coder list.", nameof(ratings));
            }

            var cell = (u * coders.Count) + c;
            if (seen[cell])
            {
                throw new ArgumentException($"Unit '{rating.Unit}' is rated twice by coder '{rating.Coder}'.", nameof(ratings));
            }

            seen[cell] = true;
            values[cell] = rating.Value;
        }

        return Create(values, units.Count, coders.Count);
    }

    /// <summary>Returns a matrix holding only the given coder columns, in the given order.</summary>
    public RatingMatrix SelectCoders(params int[] coders)
    {
        ArgumentNullException.ThrowIfNull(coders);
        var flat = new double[Units * coders.Length];
        for (var u = 0; u < Units; u++)
        {
            for (var j = 0; j < coders.Length; j++)
            {
                flat[(u * coders.Length) + j] = this[u, coders[j]];
            }
        }

        return new RatingMatrix(flat, Units, coders.Length);
    }

    /// <summary>Returns a matrix of the same shape with <paramref name="map"/> applied to every score (missing ones included).</summary>
    internal RatingMatrix Map(Func<double, double> map)
    {
        var flat = new double[_values.Length];
        for (var i = 0; i < flat.Length; i++)
        {
            flat[i] = map(_values[i]);
        }

        return new RatingMatrix(flat, Units, Coders);
    }

    /// <summary>Returns the matrix with every unit that misses any score removed (R's <c>na.omit</c>, irr's convention).</summary>
    public RatingMatrix DropIncompleteUnits()
    {
        var complete = 0;
        for (var u = 0; u < Units; u++)
        {
            complete += HasNaN(Row(u)) ? 0 : 1;
        }

        // The matrix is immutable, so a complete one can be shared instead of copied.
        if (complete == Units)
        {
            return this;
        }

        var kept = new double[complete * Coders];
        var next = 0;
        for (var u = 0; u < Units; u++)
        {
            var row = Row(u);
            if (!HasNaN(row))
            {
                row.CopyTo(kept.AsSpan(next * Coders, Coders));
                next++;
            }
        }

        return new RatingMatrix(kept, complete, Coders);
    }

    private static bool HasNaN(ReadOnlySpan<double> row)
    {
        foreach (var v in row)
        {
            if (double.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }

    private static RatingMatrix Create(double[] values, int units, int coders)
    {
        foreach (var v in values)
        {
            if (double.IsInfinity(v))
            {
                throw new ArgumentException("Scores must be finite; use double.NaN for missing.", nameof(values));
            }
        }

        return new RatingMatrix(values, units, coders);
    }

    private static Dictionary<T, int> Index<T>(IReadOnlyList<T> keys, string name)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(keys, name);
        var index = new Dictionary<T, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!index.TryAdd(keys[i], i))
            {
                throw new ArgumentException($"'{keys[i]}' is listed twice.", name);
            }
        }

        return index;
    }
}
