namespace PreCoder.Agreement;

/// <summary>
/// Light's (1971) kappa: the mean of Cohen's kappa over all coder pairs, on the units every coder rated
/// (R irr <c>kappam.light</c> deletes incomplete units first).
/// </summary>
public static class LightKappa
{
    /// <summary>Computes Light's kappa, optionally with a seeded percentile bootstrap over units.</summary>
    /// <param name="ratings">Scores; NaN = missing. At least two coders.</param>
    /// <param name="weights">Null = unweighted (irr's only option); named weights use each pair's own observed categories.</param>
    /// <param name="bootstrap">Null for no interval.</param>
    /// <returns>
    /// The mean pairwise kappa with Units = complete units and PairableValues = Units x coders. Observed and expected
    /// disagreement are NaN: a mean of ratios has no single pair of them. Value is NaN when any pair's kappa is NaN.
    /// </returns>
    /// <exception cref="ArgumentException">Fewer than two coders.</exception>
    public static AgreementResult Compute(RatingMatrix ratings, AgreementWeights? weights = null, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Coders < 2)
        {
            throw new ArgumentException("Light's kappa needs at least two coders.", nameof(ratings));
        }

        bootstrap?.Validate();
        var complete = ratings.DropIncompleteUnits();
        var kernels = new List<CohenKernel>();
        for (var a = 0; a < complete.Coders; a++)
        {
            for (var b = a + 1; b < complete.Coders; b++)
            {
                var scale = CategoryScale.Observed(complete.SelectCoders(a, b));
                kernels.Add(CohenKappa.CreateKernel(complete, a, b, scale, weights ?? AgreementWeights.Unweighted));
            }
        }

        double Mean(ReadOnlySpan<double> w)
        {
            var sum = 0.0;
            foreach (var kernel in kernels)
            {
                sum += kernel.Evaluate(w).Value;
            }

            return sum / kernels.Count;
        }

        var point = AgreementResult.Plain(complete.Units == 0 ? double.NaN : Mean(default), complete.Units, (double)complete.Units * complete.Coders);
        return UnitBootstrap.Run(point, complete.Units, bootstrap, w => Mean(w));
    }
}
