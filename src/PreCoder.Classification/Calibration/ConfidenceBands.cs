namespace PreCoder.Classification.Calibration;

public static class ConfidenceBands
{
    public const double MediumFrom = 0.5;
    public const double HighFrom = 0.8;

    public static ConfidenceBand Of(double confidence) =>
        confidence >= HighFrom ? ConfidenceBand.High : confidence >= MediumFrom ? ConfidenceBand.Medium : ConfidenceBand.Low;
}
