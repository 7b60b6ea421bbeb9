namespace PreCoder.Agreement;

/// <summary>Shared entry point of the irrCAC-family statistics: builds tallies, evaluates, optionally bootstraps over units.</summary>
internal static class MultiraterCoefficient
{
    public static AgreementResult Compute(RatingMatrix ratings, ChanceModel model, AgreementWeights? weights, CategoryScale? categories, BootstrapOptions? bootstrap)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        bootstrap?.Validate();
        var tallies = CategoricalTallies.FromMatrix(ratings, categories ?? CategoryScale.Observed(ratings));
        var kernel = new MultiraterKernel(tallies, weights ?? AgreementWeights.Unweighted);
        var point = kernel.Evaluate(model, default);
        return UnitBootstrap.Run(point, tallies.Units, bootstrap, w => kernel.Evaluate(model, w).Value);
    }

    public static AgreementResult Compute(ContingencyTable table, ChanceModel model, AgreementWeights? weights)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new MultiraterKernel(CategoricalTallies.FromTable(table), weights ?? AgreementWeights.Unweighted).Evaluate(model, default);
    }

    public static AgreementResult Compute(CategoryCounts counts, ChanceModel model, AgreementWeights? weights)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new MultiraterKernel(CategoricalTallies.FromCounts(counts), weights ?? AgreementWeights.Unweighted).Evaluate(model, default);
    }
}
