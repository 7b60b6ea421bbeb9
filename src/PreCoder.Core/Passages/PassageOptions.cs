namespace PreCoder.Core.Passages;

/// <summary>The <c>Passages</c> configuration section.</summary>
public sealed class PassageOptions
{
    public const string Section = "Passages";

    public PassageMode Mode { get; set; } = PassageMode.Window;

    /// <summary>
    /// Consecutive segments of one speaker are merged until a passage holds about this many words; a turn longer than
    /// <see cref="MaxWords"/> is cut into pieces of about this size. The default value is 120.
    /// </summary>
    public int TargetWords { get; set; } = 120;

    /// <summary>A passage is split at a sentence boundary once it would pass this many words. The default value is 220.</summary>
    public int MaxWords { get; set; } = 220;

    /// <summary>Throws when the sizes cannot produce passages (checked when the builder runs, before any work).</summary>
    public void Validate()
    {
        if (TargetWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TargetWords), TargetWords, "Passages:TargetWords must be at least 1");
        }
        if (MaxWords < TargetWords)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxWords), MaxWords, $"Passages:MaxWords must be at least Passages:TargetWords ({TargetWords})");
        }
    }
}
