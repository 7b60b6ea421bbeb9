namespace PreCoder.Agreement;

/// <summary>
/// Agreement weights w[k, l] in [0, 1] with 1 on the diagonal: how much credit a pair of ratings in categories
/// k and l earns. Named schemes use category positions 0..q-1 on the <see cref="CategoryScale"/>, as scikit-learn,
/// R irr <c>kappa2</c>, DescTools and irrCAC (on 1:q) do.
/// </summary>
public sealed class AgreementWeights
{
    private readonly Func<int, double[]> _build;

    private AgreementWeights(string name, Func<int, double[]> build)
    {
        Name = name;
        _build = build;
    }

    /// <summary>Identity weights: credit only for identical categories.</summary>
    public static AgreementWeights Unweighted { get; } = new("unweighted", q => Named(q, (d, m) => d == 0 ? 1 : 0));

    /// <summary>Linear weights 1 - |k - l| / (q - 1) (irr's "equal", DescTools' "Equal-Spacing").</summary>
    public static AgreementWeights Linear { get; } = new("linear", q => Named(q, (d, m) => 1 - (d / m)));

    /// <summary>Quadratic weights 1 - (k - l)^2 / (q - 1)^2 (irr's "squared", DescTools' "Fleiss-Cohen").</summary>
    public static AgreementWeights Quadratic { get; } = new("quadratic", q => Named(q, (d, m) => 1 - (d * d / (m * m))));

    /// <summary>Gets a short name for reports: "unweighted", "linear", "quadratic" or "custom".</summary>
    public string Name { get; }

    /// <summary>Gets whether the weights are the identity, so weighted and unweighted forms coincide.</summary>
    public bool IsUnweighted => ReferenceEquals(this, Unweighted);

    /// <summary>
    /// R irr <c>kappa2</c>'s numeric weight vector: one disagreement score per distance |k - l| (index 0 = same category),
    /// rescaled to agreement weights 1 - (s - min) / (max - min). Its length must equal q.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two scores, or all scores equal.</exception>
    public static AgreementWeights FromDistanceScores(params double[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Length < 2 || scores.Max() == scores.Min())
        {
            throw new ArgumentException("Need at least two distinct disagreement scores.", nameof(scores));
        }

        double min = scores.Min(), max = scores.Max();
        var credit = scores.Select(s => 1 - ((s - min) / (max - min))).ToArray();
        return new AgreementWeights("custom", q =>
        {
            RequireSize(q, scores.Length);
            return Named(q, (d, m) => credit[(int)d]);
        });
    }

    /// <summary>
    /// Cohen's (1968) disagreement weights v[k, l] (0 on the diagonal, any non-negative scale, not necessarily symmetric),
    /// turned into agreement weights 1 - v / max(v). Weighted kappa 1 - sum(v p_o) / sum(v p_e) is unchanged by that rescaling.
    /// </summary>
    /// <exception cref="ArgumentException">The matrix is not square, has a non-zero diagonal, a negative cell, or is all zero.</exception>
    public static AgreementWeights FromDisagreement(double[,] disagreement)
    {
        ArgumentNullException.ThrowIfNull(disagreement);
        var q = disagreement.GetLength(0);
        if (disagreement.GetLength(1) != q)
        {
            throw new ArgumentException("Disagreement weights must be square.", nameof(disagreement));
        }

        var max = disagreement.Cast<double>().Max();
        if (max <= 0 || disagreement.Cast<double>().Any(v => v < 0 || !double.IsFinite(v)) || Enumerable.Range(0, q).Any(k => disagreement[k, k] != 0))
        {
            throw new ArgumentException("Disagreement weights need a zero diagonal, non-negative cells and one positive cell.", nameof(disagreement));
        }

        var w = new double[q * q];
        for (var k = 0; k < q; k++)
        {
            for (var l = 0; l < q; l++)
            {
                w[(k * q) + l] = 1 - (disagreement[k, l] / max);
            }
        }

        return new AgreementWeights("custom", size =>
        {
            RequireSize(size, q);
            return (double[])w.Clone();
        });
    }

    /// <summary>Uses the agreement weights as given (q x q, 1 on the diagonal, values in [0, 1]).</summary>
    /// <exception cref="ArgumentException">The matrix is not square or breaks the constraints.</exception>
    public static AgreementWeights FromMatrix(double[,] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var q = weights.GetLength(0);
        if (weights.GetLength(1) != q || weights.Cast<double>().Any(v => v < 0 || v > 1 || double.IsNaN(v)) || Enumerable.Range(0, q).Any(k => weights[k, k] != 1))
        {
            throw new ArgumentException("Agreement weights must be square, in [0, 1], with 1 on the diagonal.", nameof(weights));
        }

        var w = weights.Cast<double>().ToArray();
        return new AgreementWeights("custom", size =>
        {
            RequireSize(size, q);
            return (double[])w.Clone();
        });
    }

    /// <summary>Builds the row-major q x q matrix for <paramref name="categories"/> categories.</summary>
    /// <exception cref="ArgumentException">Custom weights were made for another number of categories.</exception>
    internal double[] Build(int categories) => _build(categories);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static double[] Named(int q, Func<double, double, double> credit)
    {
        var w = new double[q * q];
        double m = Math.Max(q - 1, 1);
        for (var k = 0; k < q; k++)
        {
            for (var l = 0; l < q; l++)
            {
                w[(k * q) + l] = credit(Math.Abs(k - l), m);
            }
        }

        return w;
    }

    private static void RequireSize(int q, int expected)
    {
        if (q != expected)
        {
            throw new ArgumentException($"These weights were made for {expected} categories; the data have {q}.");
        }
    }
}
