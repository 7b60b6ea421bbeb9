using PreCoder.Agreement;

namespace PreCoder.Benchmarks;

/// <summary>What the CLI does per variable in a seed study: ordinal alpha with Krippendorff's bootstrap plus every other statistic.</summary>
public static class SeedStudyWorkload
{
    public const int Resamples = 1000;

    private static readonly CategoryScale Likert = CategoryScale.Range(0, 3);

    /// <summary>Analyses one variable; returns a checksum so the JIT cannot drop the work.</summary>
    public static double Analyze(RatingMatrix m, int variable)
    {
        var sum = 0.0;
        var alpha = KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, new BootstrapOptions(Resamples, (ulong)variable));
        sum += alpha.Value + alpha.CiLow + alpha.CiHigh;
        sum += AllOtherStatistics(m);
        return sum;
    }

    /// <summary>Point estimates of every other statistic for one variable.</summary>
    public static double AllOtherStatistics(RatingMatrix m)
    {
        var sum = 0.0;
        sum += KrippendorffAlpha.Compute(m, MeasurementLevel.Nominal).Value;
        sum += KrippendorffAlpha.Compute(m, MeasurementLevel.Interval).Value;
        sum += FleissKappa.Compute(m, categories: Likert).Value;
        sum += FleissKappa.Compute(m, AgreementWeights.Quadratic, Likert).Value;
        sum += CongerKappa.Compute(m, categories: Likert).Value;
        sum += GwetAc.Compute(m, categories: Likert).Value;
        sum += GwetAc.Compute(m, AgreementWeights.Quadratic, Likert).Value;
        sum += BrennanPrediger.Compute(m, categories: Likert).Value;
        sum += PairwiseAgreement.Compute(m, categories: Likert).Value;
        sum += PercentAgreement.Compute(m).Value;
        sum += PercentAgreement.Compute(m, tolerance: 1).Value;
        sum += LightKappa.Compute(m).Value;
        for (var a = 0; a < m.Coders; a++)
        {
            for (var b = a + 1; b < m.Coders; b++)
            {
                sum += CohenKappa.Compute(m, a, b, categories: Likert).Value;
                sum += CohenKappa.Compute(m, a, b, AgreementWeights.Quadratic, Likert).Value;
            }
        }

        foreach (var form in Enum.GetValues<IccForm>())
        {
            sum += IntraclassCorrelation.Compute(m, form).Value;
        }

        sum += KendallW.Compute(m).Value;

        var presence = PresenceCoding.ToPresence(m);
        sum += KrippendorffAlpha.Compute(presence, MeasurementLevel.Nominal).Value;
        for (var human = 0; human < m.Coders - 1; human++)
        {
            sum += CohenKappa.Compute(presence, human, m.Coders - 1).Value;
            sum += PresenceMetrics.Compute(m, human, m.Coders - 1).F1;
        }

        return sum;
    }
}
