namespace PreCoder.Agreement;

/// <summary>
/// Exact binomial variates: inversion by sequential search when n p is small, Hörmann's (1993) BTRS transformed
/// rejection otherwise (the algorithm TensorFlow and JAX use). Lets the alpha bootstrap draw how many of its ~1,300 pairs per
/// resample fall in each pair type as one multinomial, instead of drawing every pair.
/// </summary>
internal static class BinomialSampler
{
    // Stirling series remainder ln k! - [(k + 1/2) ln(k + 1) - (k + 1) + ln sqrt(2 pi)] for k = 0..9.
    private static readonly double[] StirlingTail =
    [
        0.08106146679532733, 0.04134069595540946, 0.027677925684997717, 0.02079067210376584, 0.01664469118982126,
        0.013876128823072875, 0.011896709945893313, 0.010411265261973668, 0.00925546218270945, 0.008330563433359472,
    ];

    /// <summary>Draws from Binomial(<paramref name="n"/>, <paramref name="p"/>); p is clamped to [0, 1].</summary>
    public static long Next(ref FastRandom rng, long n, double p) => Next(ref rng, n, new BinomialProbability(p));

    /// <summary>
    /// Draws from Binomial(<paramref name="n"/>, p) for a probability prepared once. Both algorithms want p &lt;= 1/2;
    /// the complement keeps them in their accurate, fast range.
    /// </summary>
    public static long Next(ref FastRandom rng, long n, in BinomialProbability p)
    {
        if (n <= 0 || p.Never)
        {
            return 0;
        }

        if (p.Always)
        {
            return n;
        }

        var q = p.Sampled;
        var k = n * q < 10 ? Inversion(ref rng, n, p) : Btrs(ref rng, n, q);
        return p.Complement ? n - k : k;
    }

    // Kachitvichyanukul and Schmeiser's BINV: one uniform, then the cumulative distribution searched from k = 0 with
    // the pmf recurrence f(k + 1) = f(k) (n - k) / (k + 1) p / q - about n p + 1 cheap steps, where counting geometric
    // waiting times took a logarithm per success.
    private static long Inversion(ref FastRandom rng, long n, in BinomialProbability p)
    {
        var none = Math.Exp(n * p.LogComplement);
        while (true)
        {
            var u = rng.NextDouble();
            var f = none;
            for (long k = 0; k <= n; k++)
            {
                if (u < f)
                {
                    return k;
                }

                u -= f;
                f *= p.Odds * (n - k) / (k + 1);
            }

            // Rounding left u above the whole mass (a draw in about 10^15): draw again rather than favour k = n.
        }
    }

    private static long Btrs(ref FastRandom rng, long n, double p)
    {
        var spq = Math.Sqrt(n * p * (1 - p));
        var b = 1.15 + (2.53 * spq);
        var a = -0.0873 + (0.0248 * b) + (0.01 * p);
        var c = (n * p) + 0.5;
        var vr = 0.92 - (4.2 / b);
        var r = p / (1 - p);
        var alpha = (2.83 + (5.1 / b)) * spq;
        var m = Math.Floor((n + 1) * p);
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a) / us) + b) * u + c);
            if (us >= 0.07 && v <= vr)
            {
                return (long)k;
            }

            if (k < 0 || k > n)
            {
                continue;
            }

            v = Math.Log(v * alpha / ((a / (us * us)) + b));
            var bound = ((m + 0.5) * Math.Log((m + 1) / (r * (n - m + 1))))
                + ((n + 1) * Math.Log((n - m + 1) / (n - k + 1)))
                + ((k + 0.5) * Math.Log(r * (n - k + 1) / (k + 1)))
                + Tail(m) + Tail(n - m) - Tail(k) - Tail(n - k);
            if (v <= bound)
            {
                return (long)k;
            }
        }
    }

    private static double Tail(double k)
    {
        if (k <= 9)
        {
            return StirlingTail[(int)k];
        }

        var kp1sq = (k + 1) * (k + 1);
        return ((1.0 / 12) - (((1.0 / 360) - (1.0 / 1260 / kp1sq)) / kp1sq)) / (k + 1);
    }
}
