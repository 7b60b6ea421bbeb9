namespace PreCoder.Agreement;

/// <summary>
/// One statistic of the library under a stable name (<c>alpha-ordinal</c>, <c>kappa-quadratic</c>, <c>icc2k</c>...),
/// computable on whatever input it is defined for. <see cref="AgreementStatistics"/> lists them all.
/// </summary>
public sealed class AgreementStatistic
{
    private readonly Func<RatingMatrix, AgreementWeights, BootstrapOptions?, AgreementResult>? _ratings;
    private readonly Func<ContingencyTable, AgreementWeights, AgreementResult>? _table;
    private readonly Func<CategoryCounts, AgreementWeights, AgreementResult>? _counts;

    internal AgreementStatistic(
        string name,
        string description,
        AgreementWeights? weights,
        int? exactCoders,
        Func<RatingMatrix, AgreementWeights, BootstrapOptions?, AgreementResult>? ratings,
        Func<ContingencyTable, AgreementWeights, AgreementResult>? table = null,
        Func<CategoryCounts, AgreementWeights, AgreementResult>? counts = null)
    {
        Name = name;
        Description = description;
        Weights = weights;
        ExactCoders = exactCoders;
        _ratings = ratings;
        _table = table;
        _counts = counts;
    }

    /// <summary>Gets the name used on the command line and in every output, e.g. <c>kappa-linear</c>.</summary>
    public string Name { get; }

    /// <summary>Gets one line saying what the statistic is and whose convention it follows.</summary>
    public string Description { get; }

    /// <summary>Gets the agreement weights the statistic uses, or null when it takes none (alpha, ICC, Kendall's W...).</summary>
    public AgreementWeights? Weights { get; }

    /// <summary>Gets the number of coders the statistic requires (2 for Cohen's kappa), or null for any number of at least two.</summary>
    public int? ExactCoders { get; }

    /// <summary>Gets whether the statistic is defined on a two-coder contingency table.</summary>
    public bool AcceptsTable => _table is not null;

    /// <summary>Gets whether the statistic is defined on units x categories counts.</summary>
    public bool AcceptsCounts => _counts is not null;

    /// <summary>
    /// Returns the same statistic with other weights, named <c>BASE-custom</c> (e.g. R irr's <c>kappa2</c> weight
    /// vectors through <see cref="AgreementWeights.FromDistanceScores"/>); a statistic without weights is returned unchanged.
    /// </summary>
    public AgreementStatistic WithWeights(AgreementWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (Weights is null)
        {
            return this;
        }

        var root = Name.Replace("-linear", "", StringComparison.Ordinal).Replace("-quadratic", "", StringComparison.Ordinal);
        return new AgreementStatistic($"{root}-{weights.Name}", Description, weights, ExactCoders, _ratings, _table, _counts);
    }

    /// <summary>Computes the statistic on a units x coders matrix, or returns null when it is not defined for it (e.g. kappa on three coders).</summary>
    public AgreementResult? Compute(RatingMatrix ratings, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (_ratings is null || ratings.Coders < 2 || (ExactCoders is { } n && ratings.Coders != n))
        {
            return null;
        }

        return _ratings(ratings, Weights ?? AgreementWeights.Unweighted, bootstrap);
    }

    /// <summary>Computes the statistic on a contingency table, or returns null when it is not defined on one.</summary>
    public AgreementResult? Compute(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return _table?.Invoke(table, Weights ?? AgreementWeights.Unweighted);
    }

    /// <summary>Computes the statistic on category counts, or returns null when it is not defined on them.</summary>
    public AgreementResult? Compute(CategoryCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return _counts?.Invoke(counts, Weights ?? AgreementWeights.Unweighted);
    }

    /// <summary>Computes the statistic on whichever input <paramref name="ratings"/> holds.</summary>
    public AgreementResult? Compute(RatingsTable ratings, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return ratings.Matrix is { } m ? Compute(m, bootstrap)
            : ratings.Table is { } t ? Compute(t)
            : ratings.Counts is { } c ? Compute(c)
            : null;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
