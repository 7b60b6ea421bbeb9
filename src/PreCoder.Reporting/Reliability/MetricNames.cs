using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Reliability;

/// <summary>The command-line spelling of each metric (<c>alpha-ordinal</c>, <c>kappa-quadratic</c>...) and the default per scale.</summary>
public static class MetricNames
{
    /// <summary>The name used in every output format; presence results get a <c>presence-</c> prefix.</summary>
    public static string Name(AgreementMetric metric) => metric switch
    {
        AgreementMetric.AlphaNominal => "alpha-nominal",
        AgreementMetric.AlphaOrdinal => "alpha-ordinal",
        AgreementMetric.AlphaInterval => "alpha-interval",
        AgreementMetric.AlphaRatio => "alpha-ratio",
        AgreementMetric.Kappa => "kappa",
        AgreementMetric.KappaLinear => "kappa-linear",
        AgreementMetric.KappaQuadratic => "kappa-quadratic",
        AgreementMetric.Fleiss => "fleiss",
        AgreementMetric.Ac1 => "ac1",
        AgreementMetric.Ac2 => "ac2",
        AgreementMetric.Icc1 => "icc1",
        AgreementMetric.Icc2 => "icc2",
        AgreementMetric.Icc3 => "icc3",
        _ => "agreement",
    };

    public static bool TryParse(string text, out AgreementMetric metric)
    {
        foreach (var candidate in Enum.GetValues<AgreementMetric>())
        {
            if (string.Equals(Name(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                metric = candidate;
                return true;
            }
        }
        metric = default;
        return false;
    }

    public static string All => string.Join("|", Enum.GetValues<AgreementMetric>().Select(Name));

    /// <summary>
    /// Ordinal alpha for Likert and binary scales (for two values ordinal and nominal alpha coincide), nominal alpha
    /// for nominal scales, interval alpha for numeric ones.
    /// </summary>
    public static AgreementMetric DefaultFor(Scale scale) => scale.Kind switch
    {
        ScaleKind.Nominal => AgreementMetric.AlphaNominal,
        ScaleKind.Numeric => AgreementMetric.AlphaInterval,
        _ => AgreementMetric.AlphaOrdinal,
    };

    public static bool IsAlpha(AgreementMetric metric) => metric is AgreementMetric.AlphaNominal or AgreementMetric.AlphaOrdinal or AgreementMetric.AlphaInterval or AgreementMetric.AlphaRatio;
}
