namespace PreCoder.Agreement;

/// <summary>The metric of Krippendorff's alpha: how far apart two different values are.</summary>
public enum MeasurementLevel
{
    /// <summary>Any two different values disagree equally (delta = 1).</summary>
    Nominal,

    /// <summary>Ranks: delta grows with how many observed values lie between the two (Krippendorff's ordinal metric).</summary>
    Ordinal,

    /// <summary>Squared difference of the values (equals irrCAC's alpha with quadratic weights on 1..q).</summary>
    Interval,

    /// <summary>Squared difference relative to the sum: ((c - k) / (c + k))^2; two zeros are 0 apart.</summary>
    Ratio,
}
