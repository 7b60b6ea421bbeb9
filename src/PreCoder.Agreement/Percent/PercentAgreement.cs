namespace PreCoder.Agreement;

/// <summary>
/// Percent agreement as R irr <c>agree</c> and DescTools <c>Agree</c> compute it: the share of units on which all
/// coders agree, or whose scores span at most <c>tolerance</c>. Units missing any score are dropped first.
/// For Gwet's pairwise (and weighted) version that keeps incomplete units, see <see cref="PairwiseAgreement"/>.
/// </summary>
public static class PercentAgreement
{
    /// <summary>Computes the share of agreeing units.</summary>
    /// <param name="ratings">Scores; NaN = missing.</param>
    /// <param name="tolerance">Largest max - min spread that still counts as agreement; 0 (the default) = identical scores.</param>
    /// <param name="bootstrap">Null for no interval; otherwise a seeded percentile bootstrap over units.</param>
    /// <returns>
    /// The share in [0, 1] (not a percentage) with Units = complete units, PairableValues = Units x coders,
    /// ObservedDisagreement = 1 - share, ExpectedDisagreement NaN (no chance model). Value is NaN when no unit is complete.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or NaN.</exception>
    public static AgreementResult Compute(RatingMatrix ratings, double tolerance = 0, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Must be 0 or more.");
        }

        bootstrap?.Validate();
        var complete = ratings.DropIncompleteUnits();
        var agrees = new double[complete.Units];
        for (var u = 0; u < complete.Units; u++)
        {
            var row = complete.Row(u);
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (var v in row)
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }

            // A relative epsilon keeps tolerance 1 inclusive for scores such as 0.1 and 1.1.
            agrees[u] = max - min <= tolerance + (1e-9 * Math.Max(1, Math.Abs(tolerance))) ? 1 : 0;
        }

        double Share(ReadOnlySpan<double> w)
        {
            double hit = 0, total = 0;
            for (var u = 0; u < agrees.Length; u++)
            {
                var f = w.IsEmpty ? 1 : w[u];
                hit += f * agrees[u];
                total += f;
            }

            return total > 0 ? hit / total : double.NaN;
        }

        var share = Share(default);
        var point = new AgreementResult(share, complete.Units, (double)complete.Units * complete.Coders, 1 - share, double.NaN);
        return UnitBootstrap.Run(point, complete.Units, bootstrap, w => Share(w));
    }
}
