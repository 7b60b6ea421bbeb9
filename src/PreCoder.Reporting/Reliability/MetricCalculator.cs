using PreCoder.Agreement;

namespace PreCoder.Reporting.Reliability;

/// <summary>Maps a metric onto the statistics library. Pairwise-only metrics give null for more than two coders.</summary>
public static class MetricCalculator
{
    public static AgreementResult? Compute(AgreementMetric metric, RatingMatrix ratings, CategoryScale? scale, BootstrapOptions? bootstrap)
    {
        var pair = ratings.Coders == 2;
        return metric switch
        {
            AgreementMetric.AlphaNominal => KrippendorffAlpha.Compute(ratings, MeasurementLevel.Nominal, bootstrap),
            AgreementMetric.AlphaOrdinal => KrippendorffAlpha.Compute(ratings, MeasurementLevel.Ordinal, bootstrap),
            AgreementMetric.AlphaInterval => KrippendorffAlpha.Compute(ratings, MeasurementLevel.Interval, bootstrap),
            AgreementMetric.AlphaRatio => KrippendorffAlpha.Compute(ratings, MeasurementLevel.Ratio, bootstrap),
            AgreementMetric.Kappa when pair => CohenKappa.Compute(ratings, 0, 1, AgreementWeights.Unweighted, scale, bootstrap),
            AgreementMetric.KappaLinear when pair => CohenKappa.Compute(ratings, 0, 1, AgreementWeights.Linear, scale, bootstrap),
            AgreementMetric.KappaQuadratic when pair => CohenKappa.Compute(ratings, 0, 1, AgreementWeights.Quadratic, scale, bootstrap),
            AgreementMetric.Fleiss => FleissKappa.Compute(ratings, AgreementWeights.Unweighted, scale, bootstrap),
            AgreementMetric.Ac1 => GwetAc.Compute(ratings, AgreementWeights.Unweighted, scale, bootstrap),
            AgreementMetric.Ac2 => GwetAc.Compute(ratings, AgreementWeights.Quadratic, scale, bootstrap),
            AgreementMetric.Icc1 => IntraclassCorrelation.Compute(ratings, IccForm.Icc1, bootstrap),
            AgreementMetric.Icc2 => IntraclassCorrelation.Compute(ratings, IccForm.Icc2, bootstrap),
            AgreementMetric.Icc3 => IntraclassCorrelation.Compute(ratings, IccForm.Icc3, bootstrap),
            AgreementMetric.Agreement => PercentAgreement.Compute(ratings, 0, bootstrap),
            _ => null,
        };
    }

    /// <summary>Gets the measurement level of an alpha metric; null for every other metric.</summary>
    public static MeasurementLevel? AlphaLevel(AgreementMetric metric) => metric switch
    {
        AgreementMetric.AlphaNominal => MeasurementLevel.Nominal,
        AgreementMetric.AlphaOrdinal => MeasurementLevel.Ordinal,
        AgreementMetric.AlphaInterval => MeasurementLevel.Interval,
        AgreementMetric.AlphaRatio => MeasurementLevel.Ratio,
        _ => null,
    };
}
