namespace PreCoder.Agreement;

/// <summary>
/// Intraclass correlations of Shrout and Fleiss (1979) from the two-way ANOVA mean squares of a units x coders
/// matrix. Units missing any score are dropped first (R irr, psych and DescTools do the same).
/// </summary>
public static class IntraclassCorrelation
{
    /// <summary>Computes one ICC form, optionally with a seeded percentile bootstrap over units.</summary>
    /// <param name="ratings">Scores treated as interval data; NaN = missing.</param>
    /// <param name="form">The Shrout-Fleiss form.</param>
    /// <param name="bootstrap">Null for no interval.</param>
    /// <returns>
    /// The ICC with Units = complete units and PairableValues = Units x coders; observed and expected disagreement are NaN
    /// (an ICC is a variance ratio). Value is NaN with fewer than two complete units or coders, or when the denominator
    /// is 0 (no variation at all).
    /// </returns>
    public static AgreementResult Compute(RatingMatrix ratings, IccForm form, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        bootstrap?.Validate();
        var complete = ratings.DropIncompleteUnits();
        var columnMeans = new double[complete.Coders];
        var point = AgreementResult.Plain(Evaluate(complete, form, default, columnMeans), complete.Units, (double)complete.Units * complete.Coders);
        return UnitBootstrap.Run(point, complete.Units, bootstrap, w => Evaluate(complete, form, w, columnMeans));
    }

    private static double Evaluate(RatingMatrix x, IccForm form, ReadOnlySpan<double> unitWeights, double[] columnMeans)
    {
        int n = x.Units, k = x.Coders;
        double units = 0, grand = 0;
        Array.Clear(columnMeans);
        for (var i = 0; i < n; i++)
        {
            var f = unitWeights.IsEmpty ? 1 : unitWeights[i];
            units += f;
            var row = x.Row(i);
            for (var j = 0; j < k; j++)
            {
                grand += f * row[j];
                columnMeans[j] += f * row[j];
            }
        }

        if (units < 2 || k < 2)
        {
            return double.NaN;
        }

        grand /= units * k;
        double ssRows = 0, ssTotal = 0, ssCols = 0;
        for (var i = 0; i < n; i++)
        {
            var f = unitWeights.IsEmpty ? 1 : unitWeights[i];
            if (f == 0)
            {
                continue;
            }

            var row = x.Row(i);
            var mean = 0.0;
            for (var j = 0; j < k; j++)
            {
                mean += row[j];
                ssTotal += f * (row[j] - grand) * (row[j] - grand);
            }

            mean /= k;
            ssRows += f * k * (mean - grand) * (mean - grand);
        }

        for (var j = 0; j < k; j++)
        {
            var d = (columnMeans[j] / units) - grand;
            ssCols += units * d * d;
        }

        var msr = ssRows / (units - 1);
        var msw = (ssTotal - ssRows) / (units * (k - 1));
        var msc = ssCols / (k - 1);
        var mse = (ssTotal - ssRows - ssCols) / ((units - 1) * (k - 1));
        return form switch
        {
            IccForm.Icc1 => Ratio(msr - msw, msr + ((k - 1) * msw)),
            IccForm.Icc2 => Ratio(msr - mse, msr + ((k - 1) * mse) + (k * (msc - mse) / units)),
            IccForm.Icc3 => Ratio(msr - mse, msr + ((k - 1) * mse)),
            IccForm.Icc1k => Ratio(msr - msw, msr),
            IccForm.Icc2k => Ratio(msr - mse, msr + ((msc - mse) / units)),
            IccForm.Icc3k => Ratio(msr - mse, msr),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
        };
    }

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? double.NaN : numerator / denominator;
}
