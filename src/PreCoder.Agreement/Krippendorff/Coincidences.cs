namespace PreCoder.Agreement;

/// <summary>
/// Krippendorff's coincidence matrix o_ck and metric differences delta_ck over category indices,
/// kept in flat arrays so the bootstrap touches no per-pair objects.
/// </summary>
internal sealed class Coincidences
{
    public Coincidences(CategoricalTallies tallies, MeasurementLevel level)
        : this(CoincidenceTally.Of(tallies), level)
    {
    }

    public Coincidences(CoincidenceTally tally, MeasurementLevel level)
    {
        var q = tally.Categories;
        Categories = q;
        Matrix = tally.Matrix;
        Marginals = new double[q];
        Delta = new double[q * q];
        Units = tally.Units;
        for (var c = 0; c < q; c++)
        {
            for (var k = 0; k < q; k++)
            {
                Marginals[c] += Matrix[(c * q) + k];
            }

            Pairable += Marginals[c];
        }

        FillDelta(level, tally.Values);
        double observed = 0, expected = 0;
        for (var c = 0; c < q; c++)
        {
            for (var k = 0; k < q; k++)
            {
                var d = Delta[(c * q) + k];
                observed += Matrix[(c * q) + k] * d;
                expected += Marginals[c] * Marginals[k] * d;
            }
        }

        ObservedDisagreement = Pairable > 0 ? observed / Pairable : double.NaN;
        ExpectedDisagreement = Pairable > 1 ? expected / (Pairable * (Pairable - 1)) : double.NaN;
    }

    public int Categories { get; }

    /// <summary>Gets o_ck, row-major.</summary>
    public double[] Matrix { get; }

    /// <summary>Gets n_c, the values per category among pairable values.</summary>
    public double[] Marginals { get; }

    /// <summary>Gets delta_ck, row-major.</summary>
    public double[] Delta { get; }

    /// <summary>Gets n.., the number of pairable values.</summary>
    public double Pairable { get; }

    /// <summary>Gets the number of units with at least two values.</summary>
    public double Units { get; }

    /// <summary>Gets D_o = sum o_ck delta_ck / n...</summary>
    public double ObservedDisagreement { get; }

    /// <summary>Gets D_e = sum n_c n_k delta_ck / (n.. (n.. - 1)).</summary>
    public double ExpectedDisagreement { get; }

    private void FillDelta(MeasurementLevel level, IReadOnlyList<double> values)
    {
        var q = Categories;
        for (var c = 0; c < q; c++)
        {
            for (var k = 0; k < q; k++)
            {
                Delta[(c * q) + k] = c == k ? 0 : level switch
                {
                    MeasurementLevel.Nominal => 1,
                    MeasurementLevel.Ordinal => OrdinalDelta(c, k),
                    MeasurementLevel.Interval => (values[c] - values[k]) * (values[c] - values[k]),
                    MeasurementLevel.Ratio => values[c] + values[k] == 0 ? 0 : Math.Pow((values[c] - values[k]) / (values[c] + values[k]), 2),
                    _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
                };
            }
        }
    }

    private double OrdinalDelta(int c, int k)
    {
        int lo = Math.Min(c, k), hi = Math.Max(c, k);
        var between = 0.0;
        for (var g = lo; g <= hi; g++)
        {
            between += Marginals[g];
        }

        var d = between - ((Marginals[c] + Marginals[k]) / 2);
        return d * d;
    }
}
