namespace PreCoder.Agreement;

/// <summary>
/// Percentile bootstrap over units. A resample is expressed as frequency weights (how often each unit was drawn),
/// so statistics recompute from their per-unit tallies without copying data or allocating per resample.
/// </summary>
internal static class UnitBootstrap
{
    /// <summary>The statistic evaluated under unit frequency weights; returns NaN when undefined for that resample.</summary>
    public delegate double WeightedStatistic(ReadOnlySpan<double> unitWeights);

    public static AgreementResult Run(AgreementResult point, int units, BootstrapOptions? options, WeightedStatistic statistic)
    {
        if (options is null)
        {
            return point;
        }

        options.Validate();
        if (units == 0)
        {
            return point with { ConfidenceLevel = options.ConfidenceLevel };
        }

        var rng = new FastRandom(options.Seed);
        var weights = new double[units];
        var replicates = new double[options.Resamples];
        for (var b = 0; b < replicates.Length; b++)
        {
            Array.Clear(weights);
            for (var i = 0; i < units; i++)
            {
                weights[rng.NextInt(units)] += 1;
            }

            replicates[b] = statistic(weights);
        }

        return PercentileInterval.Attach(point, replicates, options.ConfidenceLevel);
    }
}
