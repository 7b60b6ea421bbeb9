namespace PreCoder.Reporting.Reliability;

/// <summary>Krippendorff's (2004) thresholds: below 0.667 data should not be relied on, below 0.80 only for tentative conclusions.</summary>
public static class AgreementFlag
{
    public const double Discard = 0.667;
    public const double Tentative = 0.80;

    /// <summary>"&lt;0.667", "&lt;0.80", or "" when the value is at least 0.80 or undefined.</summary>
    public static string For(double value) =>
        double.IsNaN(value) ? "" : value < Discard ? "<0.667" : value < Tentative ? "<0.80" : "";
}
