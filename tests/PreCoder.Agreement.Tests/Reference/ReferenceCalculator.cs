using System.Globalization;

namespace PreCoder.Agreement.Tests.Reference;

/// <summary>Recomputes a reference row with the library, translating the row's options into API arguments.</summary>
internal static class ReferenceCalculator
{
    public static double Compute(ReferenceCase c)
    {
        var columns = c.Options.TryGetValue("columns", out var cols) ? cols.Split('+') : null;
        var weights = Weights(c.Option("weights", "unweighted"));
        return (c.Format, c.Statistic) switch
        {
            ("raw", _) => Raw(c, ReferenceDataSet.LoadRaw(c.Data, columns), weights),
            ("table", _) => Table(c, ReferenceDataSet.LoadTable(c.Data), weights),
            ("counts", _) => Counts(c, ReferenceDataSet.LoadCounts(c.Data), weights),
            _ => throw new NotSupportedException($"{c.Id}: format '{c.Format}'."),
        };
    }

    private static double Raw(ReferenceCase c, RatingMatrix m, AgreementWeights weights) => c.Statistic switch
    {
        "krippendorff_alpha" => KrippendorffAlpha.Compute(m, Level(c)).Value,
        "cohen_kappa" => CohenKappa.Compute(m, 0, 1, weights).Value,
        "fleiss_kappa" => FleissKappa.Compute(m, weights).Value,
        "gwet_ac" => GwetAc.Compute(m, weights).Value,
        "conger_kappa" => CongerKappa.Compute(m, weights).Value,
        "brennan_prediger" => BrennanPrediger.Compute(m, weights).Value,
        "pairwise_agreement" => PairwiseAgreement.Compute(m, weights).Value,
        "light_kappa" => LightKappa.Compute(m).Value,
        "percent_agreement" => PercentAgreement.Compute(m, double.Parse(c.Option("tolerance", "0"), CultureInfo.InvariantCulture)).Value,
        "icc" => IntraclassCorrelation.Compute(m, Enum.Parse<IccForm>(c.Options["form"], ignoreCase: true)).Value,
        "kendall_w" => KendallW.Compute(m, bool.Parse(c.Option("correct", "true"))).Value,
        _ => throw new NotSupportedException($"{c.Id}: raw {c.Statistic}."),
    };

    private static double Table(ReferenceCase c, ContingencyTable t, AgreementWeights weights) => c.Statistic switch
    {
        "krippendorff_alpha" => KrippendorffAlpha.Compute(t, Level(c)).Value,
        "cohen_kappa" => CohenKappa.Compute(t, weights).Value,
        "weighted_kappa_disagreement" => CohenKappa.Compute(t, AgreementWeights.FromDisagreement(Matrix(c.Options["disagreement"]))).Value,
        "fleiss_kappa" => FleissKappa.Compute(t, weights).Value,
        "gwet_ac" => GwetAc.Compute(t, weights).Value,
        "brennan_prediger" => BrennanPrediger.Compute(t, weights).Value,
        "pairwise_agreement" => PairwiseAgreement.Compute(t, weights).Value,
        _ => throw new NotSupportedException($"{c.Id}: table {c.Statistic}."),
    };

    private static double Counts(ReferenceCase c, CategoryCounts counts, AgreementWeights weights) => c.Statistic switch
    {
        "krippendorff_alpha" => KrippendorffAlpha.Compute(counts, Level(c)).Value,
        "fleiss_kappa" => FleissKappa.Compute(counts, weights).Value,
        "gwet_ac" => GwetAc.Compute(counts, weights).Value,
        "brennan_prediger" => BrennanPrediger.Compute(counts, weights).Value,
        "pairwise_agreement" => PairwiseAgreement.Compute(counts, weights).Value,
        _ => throw new NotSupportedException($"{c.Id}: counts {c.Statistic}."),
    };

    private static MeasurementLevel Level(ReferenceCase c) => Enum.Parse<MeasurementLevel>(c.Options["level"], ignoreCase: true);

    private static AgreementWeights Weights(string spec) => spec switch
    {
        "unweighted" => AgreementWeights.Unweighted,
        "linear" => AgreementWeights.Linear,
        "quadratic" => AgreementWeights.Quadratic,
        _ when spec.StartsWith("irr:", StringComparison.Ordinal) => AgreementWeights.FromDistanceScores(Numbers(spec[4..])),
        _ => throw new NotSupportedException($"weights '{spec}'."),
    };

    private static double[,] Matrix(string spec)
    {
        var rows = spec.Split('/').Select(Numbers).ToArray();
        var m = new double[rows.Length, rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < rows.Length; j++)
            {
                m[i, j] = rows[i][j];
            }
        }

        return m;
    }

    private static double[] Numbers(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
}
