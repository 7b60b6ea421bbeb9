namespace PreCoder.Agreement;

/// <summary>
/// Brennan-Prediger coefficient (uniform chance): p_e = sum(w) / q^2.
/// Missing data follow Gwet/irrCAC: observed agreement p_a averages over units with at least two ratings,
/// category prevalences over units with at least one. With complete data this is the textbook formula.
/// </summary>
public static class BrennanPrediger
{
    /// <summary>Computes the coefficient for a units x coders matrix, with an optional percentile bootstrap over units.</summary>
    /// <param name="ratings">Scores; NaN = missing.</param>
    /// <param name="weights">Agreement weights; null = <see cref="AgreementWeights.Unweighted"/>.</param>
    /// <param name="categories">The declared categories (q: the coefficient depends on it); null = the values observed in <paramref name="ratings"/>.</param>
    /// <param name="bootstrap">Null for no interval.</param>
    /// <returns>The coefficient with disagreements 1 - p_a and 1 - p_e; Value is NaN when q = 1 or no unit has two ratings.</returns>
    /// <exception cref="ArgumentException">A score is not in <paramref name="categories"/>, or custom weights do not fit q.</exception>
    public static AgreementResult Compute(RatingMatrix ratings, AgreementWeights? weights = null, CategoryScale? categories = null, BootstrapOptions? bootstrap = null) =>
        MultiraterCoefficient.Compute(ratings, ChanceModel.BrennanPrediger, weights, categories, bootstrap);

    /// <summary>Computes the coefficient for a two-coder contingency table (categories coded 1..q).</summary>
    public static AgreementResult Compute(ContingencyTable table, AgreementWeights? weights = null) =>
        MultiraterCoefficient.Compute(table, ChanceModel.BrennanPrediger, weights);

    /// <summary>Computes the coefficient for category-count data (categories coded 1..q).</summary>
    public static AgreementResult Compute(CategoryCounts counts, AgreementWeights? weights = null) =>
        MultiraterCoefficient.Compute(counts, ChanceModel.BrennanPrediger, weights);
}
