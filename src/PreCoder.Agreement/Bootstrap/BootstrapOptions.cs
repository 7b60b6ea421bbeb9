namespace PreCoder.Agreement;

/// <summary>
/// Requests a bootstrap confidence interval. Results are deterministic: the same data, options and
/// <see cref="Seed"/> give bit-identical bounds on every run and machine.
/// </summary>
/// <param name="Resamples">Number of bootstrap resamples; the default is 1,000.</param>
/// <param name="Seed">Seed of the resampling generator; give each variable its own seed for independent intervals.</param>
/// <param name="ConfidenceLevel">Two-sided level in (0, 1); the default is 0.95.</param>
public sealed record BootstrapOptions(int Resamples = 1000, ulong Seed = 0, double ConfidenceLevel = 0.95)
{
    /// <summary>Throws when the options cannot produce an interval, before any work is done.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 resamples, or a level outside (0, 1).</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Resamples, 2, nameof(Resamples));
        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "Must lie in (0, 1).");
        }
    }
}
