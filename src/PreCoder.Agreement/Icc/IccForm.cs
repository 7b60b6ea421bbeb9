namespace PreCoder.Agreement;

/// <summary>Shrout and Fleiss (1979) intraclass correlation forms.</summary>
public enum IccForm
{
    /// <summary>ICC(1,1): one-way random effects, single rater.</summary>
    Icc1,

    /// <summary>ICC(2,1): two-way random effects, absolute agreement, single rater (McGraw-Wong ICC(A,1)).</summary>
    Icc2,

    /// <summary>ICC(3,1): two-way mixed effects, consistency, single rater (McGraw-Wong ICC(C,1)).</summary>
    Icc3,

    /// <summary>ICC(1,k): one-way random effects, mean of k raters.</summary>
    Icc1k,

    /// <summary>ICC(2,k): two-way random effects, absolute agreement, mean of k raters.</summary>
    Icc2k,

    /// <summary>ICC(3,k): two-way mixed effects, consistency, mean of k raters.</summary>
    Icc3k,
}
