namespace PreCoder.Agreement;

/// <summary>
/// Conger's (1980) kappa: Cohen's rater-specific chance agreement generalised to many coders (irrCAC conger.kappa.raw). Coders who rated nothing are left out.
/// Missing data follow Gwet/irrCAC: observed agreement p_a averages over units with at least two ratings,
/// category prevalences over units with at least one. With complete data this is the textbook formula.
/// </summary>
public static class CongerKappa
{
    /// <summary>Computes the coefficient for a units x coders matrix, with an optional percentile bootstrap over units.</summary>
    /// <param name="ratings">Scores; NaN = missing.</param>
    /// <param name="weights">Agreement weights; null = <see cref="AgreementWeights.Unweighted"/>.</param>
    /// <param name="categories">The declared categories (q); null = the values observed in <paramref name="ratings"/>.</param>
    /// <param name="bootstrap">Null for no interval.</param>
    /// <returns>Kappa with disagreements 1 - p_a and 1 - p_e; Value is NaN when fewer than two coders rated anything or 1 - p_e = 0.</returns>
    /// <exception cref="ArgumentException">A score is not in <paramref name="categories"/>, or custom weights do not fit q.</exception>
    public static AgreementResult Compute(RatingMatrix ratings, AgreementWeights? weights = null, CategoryScale? categories = null, BootstrapOptions? bootstrap = null) =>
        MultiraterCoefficient.Compute(ratings, ChanceModel.Conger, weights, categories, bootstrap);

    /// <summary>Computes Conger's kappa (= Cohen's kappa) for a two-coder contingency table (categories coded 1..q).</summary>
    public static AgreementResult Compute(ContingencyTable table, AgreementWeights? weights = null) =>
        MultiraterCoefficient.Compute(table, ChanceModel.Conger, weights);
}
