namespace PreCoder.Application.Passages;

/// <summary>The options of the <c>passages</c> stage.</summary>
public sealed record PassagesStageOptions
{
    /// <summary>One passage per segment, or windows of about <c>Passages:TargetWords</c>. The default value is the <c>Passages</c> section's mode.</summary>
    [OneOf("window", "segment")]
    public string? Passages { get; init; }
}
