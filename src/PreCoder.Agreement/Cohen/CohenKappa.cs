namespace PreCoder.Agreement;

/// <summary>
/// Cohen's kappa for two coders, unweighted or weighted (linear, quadratic, R irr weight vectors,
/// Cohen's 1968 disagreement weights): (p_o - p_e) / (1 - p_e) with weighted p_o = sum w_kl p_kl and p_e = sum w_kl p_k. p_.l.
/// </summary>
public static class CohenKappa
{
    /// <summary>Computes kappa for two coder columns of a matrix; units missing either score are dropped (R irr's listwise rule).</summary>
    /// <param name="ratings">Scores; NaN = missing.</param>
    /// <param name="coderA">Column of the first coder (rows of the implied table).</param>
    /// <param name="coderB">Column of the second coder.</param>
    /// <param name="weights">Null = <see cref="AgreementWeights.Unweighted"/>.</param>
    /// <param name="categories">
    /// The scale whose positions named weights use; null = the values the two coders used on the kept units,
    /// as R irr <c>kappa2</c> does. Declare it (e.g. <see cref="CategoryScale.Range"/>(0, 3)) to weight by the full Likert scale.
    /// </param>
    /// <param name="bootstrap">Null for no interval; otherwise a seeded percentile bootstrap over units.</param>
    /// <returns>
    /// Kappa with Units = units both coded, PairableValues = 2 x Units, disagreements 1 - p_o and 1 - p_e.
    /// Value is NaN when 1 - p_e = 0 (both coders used one and the same category throughout) or no unit is complete.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A coder index is out of range.</exception>
    /// <exception cref="ArgumentException">A score is not in <paramref name="categories"/>, or custom weights do not fit q.</exception>
    public static AgreementResult Compute(RatingMatrix ratings, int coderA, int coderB, AgreementWeights? weights = null, CategoryScale? categories = null, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfNegative(coderA);
        ArgumentOutOfRangeException.ThrowIfNegative(coderB);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(coderA, ratings.Coders);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(coderB, ratings.Coders);
        bootstrap?.Validate();
        var pair = ratings.SelectCoders(coderA, coderB).DropIncompleteUnits();
        var scale = categories ?? CategoryScale.Observed(pair);
        var kernel = CreateKernel(pair, 0, 1, scale, weights ?? AgreementWeights.Unweighted);
        var point = kernel.Evaluate(default);
        return UnitBootstrap.Run(point, kernel.Units, bootstrap, w => kernel.Evaluate(w).Value);
    }

    /// <summary>Computes kappa for a two-coder contingency table of counts or proportions (categories coded 1..q).</summary>
    /// <returns>Kappa with Units = the table total; Value NaN when 1 - p_e = 0 or the table is empty.</returns>
    public static AgreementResult Compute(ContingencyTable table, AgreementWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var tallies = CategoricalTallies.FromTable(table);
        var codes = tallies.Codes!;
        var a = new int[tallies.Units];
        var b = new int[tallies.Units];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = codes[2 * i];
            b[i] = codes[(2 * i) + 1];
        }

        var q = table.Categories;
        return new CohenKernel(a, b, tallies.Multiplicity, q, (weights ?? AgreementWeights.Unweighted).Build(q)).Evaluate(default);
    }

    internal static CohenKernel CreateKernel(RatingMatrix ratings, int coderA, int coderB, CategoryScale scale, AgreementWeights weights)
    {
        var a = new int[ratings.Units];
        var b = new int[ratings.Units];
        for (var u = 0; u < ratings.Units; u++)
        {
            a[u] = Code(ratings[u, coderA], scale);
            b[u] = Code(ratings[u, coderB], scale);
        }

        var multiplicity = new double[ratings.Units];
        Array.Fill(multiplicity, 1.0);
        return new CohenKernel(a, b, multiplicity, scale.Count, weights.Build(scale.Count));
    }

    private static int Code(double value, CategoryScale scale)
    {
        if (double.IsNaN(value))
        {
            return -1;
        }

        var k = scale.IndexOf(value);
        return k >= 0 ? k : throw new ArgumentException($"Score {value} is not a category of the scale.", nameof(value));
    }
}
