using System.Globalization;

namespace PreCoder.Agreement;

/// <summary>
/// Every statistic of the library by name, in a fixed order: Krippendorff's alpha at four levels; Cohen's kappa,
/// Fleiss', Conger's, Gwet's AC1/AC2, Brennan-Prediger and pairwise agreement unweighted, linear and quadratic;
/// Light's kappa; percent agreement; ICC in six forms; Kendall's W.
/// </summary>
public static class AgreementStatistics
{
    private const string PercentWithin = "percent-within-";

    // The names study reports use (precoder agreement --metric) for the same statistics.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ac2"] = "ac2-quadratic",
        ["agreement"] = "percent",
    };

    private static readonly (string Suffix, AgreementWeights Weights)[] Weightings =
        [("", AgreementWeights.Unweighted), ("-linear", AgreementWeights.Linear), ("-quadratic", AgreementWeights.Quadratic)];

    /// <summary>Gets every named statistic; <c>percent-within-N</c> for any N is found by <see cref="TryFind"/> as well.</summary>
    public static IReadOnlyList<AgreementStatistic> All { get; } = Build();

    /// <summary>Finds a statistic by name, case-insensitively; also <c>percent-within-N</c> for a tolerance N, and <c>ac2</c> and <c>agreement</c> as study reports name them.</summary>
    public static bool TryFind(string name, out AgreementStatistic statistic)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = name.Trim();
        name = Aliases.GetValueOrDefault(name, name);
        statistic = All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))!;
        if (statistic is null && name.StartsWith(PercentWithin, StringComparison.OrdinalIgnoreCase)
            && double.TryParse(name[PercentWithin.Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var tolerance) && tolerance >= 0)
        {
            statistic = Percent(tolerance);
        }

        return statistic is not null;
    }

    private static List<AgreementStatistic> Build()
    {
        var all = new List<AgreementStatistic>();
        foreach (var level in Enum.GetValues<MeasurementLevel>())
        {
            all.Add(new($"alpha-{level.ToString().ToLowerInvariant()}", $"Krippendorff's alpha, {level.ToString().ToLowerInvariant()} metric; units with fewer than two ratings drop out", null, null,
                (m, _, b) => KrippendorffAlpha.Compute(m, level, b), (t, _) => KrippendorffAlpha.Compute(t, level), (c, _) => KrippendorffAlpha.Compute(c, level)));
        }

        foreach (var (suffix, weights) in Weightings)
        {
            all.Add(new($"kappa{suffix}", $"Cohen's kappa ({weights.Name}), two coders, complete units (R irr kappa2)", weights, 2,
                (m, w, b) => CohenKappa.Compute(m, 0, 1, w, null, b), (t, w) => CohenKappa.Compute(t, w)));
        }

        foreach (var (suffix, weights) in Weightings)
        {
            all.Add(new($"fleiss{suffix}", $"Fleiss' kappa ({weights.Name}; Scott's pi for two coders), Gwet's missing-data rules (irrCAC)", weights, null,
                (m, w, b) => FleissKappa.Compute(m, w, null, b), (t, w) => FleissKappa.Compute(t, w), (c, w) => FleissKappa.Compute(c, w)));
        }

        foreach (var (suffix, weights) in Weightings)
        {
            all.Add(new($"conger{suffix}", $"Conger's kappa ({weights.Name}), coder-specific chance agreement (irrCAC)", weights, null,
                (m, w, b) => CongerKappa.Compute(m, w, null, b), (t, w) => CongerKappa.Compute(t, w)));
        }

        foreach (var (suffix, weights) in Weightings)
        {
            var name = weights.IsUnweighted ? "ac1" : $"ac2{suffix}";
            all.Add(new(name, $"Gwet's {(weights.IsUnweighted ? "AC1" : "AC2")} ({weights.Name}) (irrCAC)", weights, null,
                (m, w, b) => GwetAc.Compute(m, w, null, b), (t, w) => GwetAc.Compute(t, w), (c, w) => GwetAc.Compute(c, w)));
        }

        foreach (var (suffix, weights) in Weightings)
        {
            all.Add(new($"bp{suffix}", $"Brennan-Prediger coefficient ({weights.Name}), uniform chance agreement (irrCAC)", weights, null,
                (m, w, b) => BrennanPrediger.Compute(m, w, null, b), (t, w) => BrennanPrediger.Compute(t, w), (c, w) => BrennanPrediger.Compute(c, w)));
        }

        foreach (var (suffix, weights) in Weightings)
        {
            all.Add(new($"pairwise{suffix}", $"Pairwise percent agreement ({weights.Name}) over units with two or more ratings (irrCAC pa)", weights, null,
                (m, w, b) => PairwiseAgreement.Compute(m, w, null, b), (t, w) => PairwiseAgreement.Compute(t, w), (c, w) => PairwiseAgreement.Compute(c, w)));
        }

        all.Add(new("light", "Light's kappa: mean pairwise Cohen's kappa on complete units (R irr kappam.light)", null, null,
            (m, _, b) => LightKappa.Compute(m, null, b)));
        all.Add(Percent(0));
        all.Add(Percent(1));
        foreach (var form in Enum.GetValues<IccForm>())
        {
            all.Add(new(form.ToString().ToLowerInvariant(), $"Intraclass correlation {form} (Shrout & Fleiss; ICC2 = McGraw-Wong ICC(A,1)), complete units", null, null,
                (m, _, b) => IntraclassCorrelation.Compute(m, form, b)));
        }

        all.Add(new("kendall-w", "Kendall's W with tie correction, complete units (R irr kendall(correct = TRUE))", null, null,
            (m, _, b) => KendallW.Compute(m, true, b)));
        all.Add(new("kendall-w-uncorrected", "Kendall's W without tie correction", null, null,
            (m, _, b) => KendallW.Compute(m, false, b)));
        return all;
    }

    private static AgreementStatistic Percent(double tolerance)
    {
        var name = tolerance == 0 ? "percent" : PercentWithin + tolerance.ToString(CultureInfo.InvariantCulture);
        var description = tolerance == 0
            ? "Percent of complete units on which all coders agree exactly (R irr agree)"
            : $"Percent of complete units whose ratings lie within {tolerance.ToString(CultureInfo.InvariantCulture)} of each other (R irr agree(tolerance))";
        return new(name, description, null, null, (m, _, b) => PercentAgreement.Compute(m, tolerance, b));
    }
}
