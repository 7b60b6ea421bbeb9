namespace PreCoder.Classification.Calibration;

/// <summary>Maps a classifier's raw confidence to the probability that a coder keeps the proposed score.</summary>
public interface IConfidenceCalibrator
{
    double Calibrate(double raw);
}
