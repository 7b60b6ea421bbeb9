namespace PreCoder.Agreement;

/// <summary>
/// Kendall's coefficient of concordance W: coders rank the units (average ranks for ties) and W measures how far
/// the rank sums spread, from 0 (no concordance) to 1 (identical rankings). Units missing any score are dropped first
/// (R irr <c>kendall</c>).
/// </summary>
public static class KendallW
{
    /// <summary>Computes W, optionally tie-corrected, optionally with a seeded percentile bootstrap over units.</summary>
    /// <param name="ratings">Scores; NaN = missing.</param>
    /// <param name="correctForTies">True (the default) subtracts m * sum(t^3 - t) from the denominator, as irr's <c>correct = TRUE</c>.</param>
    /// <param name="bootstrap">Null for no interval; a unit drawn twice counts as two tied units.</param>
    /// <returns>
    /// W with Units = complete units and PairableValues = Units x coders; observed and expected disagreement are NaN.
    /// Value is NaN with fewer than two complete units or when every coder gives every unit the same score.
    /// </returns>
    public static AgreementResult Compute(RatingMatrix ratings, bool correctForTies = true, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        bootstrap?.Validate();
        var x = ratings.DropIncompleteUnits();
        int n = x.Units, m = x.Coders;

        // Each coder's units in score order, computed once; a resample only re-walks them with new weights.
        var order = new int[m][];
        for (var j = 0; j < m; j++)
        {
            var column = new double[n];
            order[j] = Enumerable.Range(0, n).ToArray();
            for (var i = 0; i < n; i++)
            {
                column[i] = x[i, j];
            }

            Array.Sort(column, order[j]);
        }

        var rankSums = new double[n];
        double Evaluate(ReadOnlySpan<double> w)
        {
            Array.Clear(rankSums);
            var units = 0.0;
            for (var i = 0; i < n; i++)
            {
                units += w.IsEmpty ? 1 : w[i];
            }

            if (units < 2 || m < 1)
            {
                return double.NaN;
            }

            var ties = 0.0;
            for (var j = 0; j < m; j++)
            {
                var sorted = order[j];
                var before = 0.0;
                for (var start = 0; start < n;)
                {
                    var value = x[sorted[start], j];
                    var end = start;
                    var t = 0.0;
                    while (end < n && x[sorted[end], j] == value)
                    {
                        t += w.IsEmpty ? 1 : w[sorted[end]];
                        end++;
                    }

                    var rank = before + ((t + 1) / 2);
                    for (var s = start; s < end; s++)
                    {
                        rankSums[sorted[s]] += rank;
                    }

                    ties += (t * t * t) - t;
                    before += t;
                    start = end;
                }
            }

            var meanRankSum = m * (units + 1) / 2;
            var spread = 0.0;
            for (var i = 0; i < n; i++)
            {
                var f = w.IsEmpty ? 1 : w[i];
                spread += f * (rankSums[i] - meanRankSum) * (rankSums[i] - meanRankSum);
            }

            var denominator = ((double)m * m * ((units * units * units) - units)) - (correctForTies ? m * ties : 0);
            return denominator > 0 ? 12 * spread / denominator : double.NaN;
        }

        var point = AgreementResult.Plain(Evaluate(default), n, (double)n * m);
        return UnitBootstrap.Run(point, n, bootstrap, w => Evaluate(w));
    }
}
