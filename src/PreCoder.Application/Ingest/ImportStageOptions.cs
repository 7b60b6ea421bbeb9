namespace PreCoder.Application.Ingest;

/// <summary>The options of the <c>import</c> stage.</summary>
public sealed record ImportStageOptions
{
    /// <summary>A transcript file or folder, relative to an input folder. The default value is the run's inputs.</summary>
    public string? Path { get; init; }

    /// <summary>The transcript format. The default value is <c>auto</c> (by extension and content).</summary>
    [OneOf("auto", "txt", "vtt", "srt", "docx", "csv")]
    public string Format { get; init; } = "auto";

    /// <summary>CSV columns, e.g. <c>interview=ID,speaker=Who,text=Said</c>.</summary>
    public string? Map { get; init; }

    /// <summary>Speaker roles, e.g. <c>interviewer=Q,translator=T</c>.</summary>
    public string? Roles { get; init; }

    /// <summary>One passage per segment, or windows of about <c>Passages:TargetWords</c>. The default value is the <c>Passages</c> section's mode.</summary>
    [OneOf("window", "segment")]
    public string? Passages { get; init; }
}
