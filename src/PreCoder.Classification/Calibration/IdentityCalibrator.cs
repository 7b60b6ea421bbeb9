namespace PreCoder.Classification.Calibration;

/// <summary>No calibration yet (nothing coded): the raw confidence is shown as it is.</summary>
public sealed class IdentityCalibrator : IConfidenceCalibrator
{
    public static IdentityCalibrator Instance { get; } = new();

    public double Calibrate(double raw) => Math.Clamp(raw, 0, 1);
}
