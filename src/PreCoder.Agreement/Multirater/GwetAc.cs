namespace PreCoder.Agreement;

/// <summary>
/// Gwet's AC1 (unweighted) and AC2 (weighted): p_e = sum(w) / (q (q - 1)) * sum pi_k (1 - pi_k).
/// Missing data follow Gwet/irrCAC: observed agreement p_a averages over units with at least two ratings,
/// category prevalences over units with at least one. With complete data this is the textbook formula.
/// </summary>
public static class GwetAc
{
    /// <summary>Computes the coefficient for a units x coders matrix, with an optional percentile bootstrap over units.</summary>
    /// <param name="ratings">Scores; NaN = missing.</param>
    /// <param name="weights">Agreement weights; null = <see cref="AgreementWeights.Unweighted"/>.</param>
    /// <param name="categories">The declared categories (q: AC1/AC2 depend on it); null = the values observed in <paramref name="ratings"/>.</param>
    /// <param name="bootstrap">Null for no interval.</param>
    /// <returns>AC1/AC2 with disagreements 1 - p_a and 1 - p_e; Value is NaN when q = 1 or no unit has two ratings.</returns>
    /// <exception cref="ArgumentException">A score is not in <paramref name="categories"/>, or custom weights do not fit q.</exception>
    public static AgreementResult Compute(RatingMatrix ratings, AgreementWeights? weights = null, CategoryScale? categories = null, BootstrapOptions? bootstrap = null) =>
        MultiraterCoefficient.Compute(ratings, ChanceModel.Gwet, weights, categories, bootstrap);

    /// <summary>Computes the coefficient for a two-coder contingency table (categories coded 1..q).</summary>
    public static AgreementResult Compute(ContingencyTable table, AgreementWeights? weights = null) =>
        MultiraterCoefficient.Compute(table, ChanceModel.Gwet, weights);

    /// <summary>Computes the coefficient for category-count data (categories coded 1..q).</summary>
    public static AgreementResult Compute(CategoryCounts counts, AgreementWeights? weights = null) =>
        MultiraterCoefficient.Compute(counts, ChanceModel.Gwet, weights);
}
