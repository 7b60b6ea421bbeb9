namespace PreCoder.Classification.ZeroShot;

/// <summary>The <c>Classifiers:Embedded</c> configuration section: the readable knobs of the zero-shot rules (docs/classifier.md).</summary>
public sealed class ZeroShotOptions
{
    public const string Section = "Classifiers:Embedded";

    /// <summary>
    /// How far (in study standard deviations) the best span must rise above what the best of that many unrelated spans
    /// would reach by chance (about sqrt(2 ln n) for n spans). The default value is 0.5.
    /// </summary>
    public double PresenceMargin { get; set; } = 0.5;

    /// <summary>Spans within this many standard deviations below the presence bar count as further mentions. The default value is 1.0.</summary>
    public double MentionSlack { get; set; } = 1.0;

    /// <summary>A best span this many standard deviations above the presence bar is a strong mention. The default value is 1.5.</summary>
    public double StrongMargin { get; set; } = 1.5;

    /// <summary>Mentioned in at least this many passages counts as recurring. The default value is 3.</summary>
    public int RecurringPassages { get; set; } = 3;

    /// <summary>
    /// A span counts for a variable only when its z for it is within this many standard deviations of its best z over
    /// all variables (see <see cref="SpanCompetition"/>). The default value is 2.0.
    /// </summary>
    public double CompetitionMargin { get; set; } = 2.0;

    /// <summary>At most this many quotes per suggestion. The default value is 3.</summary>
    public int MaxQuotes { get; set; } = 3;

    public void Validate()
    {
        if (MentionSlack < 0 || CompetitionMargin < 0 || StrongMargin < 0 || RecurringPassages < 1 || MaxQuotes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ZeroShotOptions), "Classifiers:Embedded: MentionSlack, CompetitionMargin and StrongMargin must be 0 or more, RecurringPassages and MaxQuotes at least 1");
        }
    }
}
