namespace PreCoder.Classification.Calibration;

/// <summary>Triage bands of the review queue, by calibrated confidence.</summary>
public enum ConfidenceBand
{
    /// <summary>Below 0.5: more likely changed than kept; review first.</summary>
    Low = 0,
    /// <summary>0.5 to 0.8.</summary>
    Medium = 1,
    /// <summary>0.8 and above: a coder usually keeps these; a quick check.</summary>
    High = 2,
}
