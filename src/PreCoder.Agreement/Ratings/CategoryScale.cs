namespace PreCoder.Agreement;

/// <summary>
/// The ordered list of category values a variable may take, e.g. 0, 1, 2, 3 for a Likert item.
/// Named weights (<see cref="AgreementWeights.Linear"/>, <see cref="AgreementWeights.Quadratic"/>) use a value's
/// position in this list, and Gwet's AC and Brennan-Prediger depend on its length q.
/// </summary>
public sealed class CategoryScale
{
    private readonly double[] _values;

    private CategoryScale(double[] values) => _values = values;

    /// <summary>Gets the number of categories q.</summary>
    public int Count => _values.Length;

    /// <summary>Gets the category values in ascending order.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>Declares the categories explicitly (duplicates removed, sorted ascending).</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static CategoryScale Declared(params double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Category values must be finite.", nameof(values));
        }

        return new CategoryScale(values.Distinct().Order().ToArray());
    }

    /// <summary>Declares the integer categories <paramref name="min"/>..<paramref name="max"/>, e.g. (0, 3) for a 0-3 Likert item.</summary>
    public static CategoryScale Range(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        return new CategoryScale(Enumerable.Range(min, max - min + 1).Select(v => (double)v).ToArray());
    }

    /// <summary>The categories observed in <paramref name="ratings"/> (the R irr / irrCAC default for raw data).</summary>
    public static CategoryScale Observed(RatingMatrix ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        // Likert data have a handful of distinct values: a linear scan of a short list beats a sorted set.
        var distinct = new List<double>(8);
        foreach (var v in ratings.Values)
        {
            if (!double.IsNaN(v) && !distinct.Contains(v))
            {
                distinct.Add(v);
            }
        }

        var values = distinct.ToArray();
        Array.Sort(values);
        return new CategoryScale(values);
    }

    /// <summary>Gets the position of <paramref name="value"/> in the scale, or -1 when it is not a category.</summary>
    public int IndexOf(double value)
    {
        var i = Array.BinarySearch(_values, value);
        return i >= 0 ? i : -1;
    }
}
