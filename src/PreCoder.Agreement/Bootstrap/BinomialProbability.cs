namespace PreCoder.Agreement;

/// <summary>
/// A success probability prepared once for many binomial draws with varying n: the alpha bootstrap draws each pair
/// type's count a thousand times with the same p, so the clamp, the complement and log(1 - p) are worked out here
/// instead of per draw. <see cref="BinomialSampler.Next(ref FastRandom, long, double)"/> prepares one per draw.
/// </summary>
internal readonly struct BinomialProbability
{
    public BinomialProbability(double p)
    {
        // NaN counts as 0, so a draw can never search forever for a probability that is not one.
        Never = !(p > 0);
        Always = p >= 1;
        Complement = p > 0.5;
        Sampled = Complement ? 1 - p : p;
        LogComplement = Math.Log(1 - Sampled);
        Odds = Sampled / (1 - Sampled);
    }

    /// <summary>Gets whether p &lt;= 0 (every draw is 0).</summary>
    public bool Never { get; }

    /// <summary>Gets whether p &gt;= 1 (every draw is n).</summary>
    public bool Always { get; }

    /// <summary>Gets whether draws are taken for 1 - p and subtracted from n, to keep the samplers in p &lt;= 1/2.</summary>
    public bool Complement { get; }

    /// <summary>Gets the probability actually sampled (p or 1 - p, whichever is at most 1/2).</summary>
    public double Sampled { get; }

    /// <summary>Gets log(1 - <see cref="Sampled"/>): n times it is the log of P(X = 0), where inversion starts.</summary>
    public double LogComplement { get; }

    /// <summary>Gets <see cref="Sampled"/> / (1 - <see cref="Sampled"/>), the step of inversion's pmf recurrence.</summary>
    public double Odds { get; }
}
