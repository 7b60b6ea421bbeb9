namespace PreCoder.Reporting.Reliability;

public enum AgreementMetric
{
    AlphaNominal,
    AlphaOrdinal,
    AlphaInterval,
    AlphaRatio,
    Kappa,
    KappaLinear,
    KappaQuadratic,
    Fleiss,
    Ac1,
    Ac2,
    Icc1,
    Icc2,
    Icc3,
    Agreement,
}
