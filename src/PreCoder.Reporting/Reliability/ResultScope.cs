namespace PreCoder.Reporting.Reliability;

public enum ResultScope
{
    Variable,

    /// <summary>All variables of one codebook category pooled into one rating matrix.</summary>
    Category,

    /// <summary>All variables pooled.</summary>
    Overall,
}
