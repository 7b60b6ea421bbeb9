using System.ComponentModel.DataAnnotations;

namespace PreCoder.Application.Transcription;

/// <summary>The options of the <c>transcribe</c> stage; each one set wins over the <c>Transcription</c> section for this pipeline.</summary>
public sealed record TranscribeStageOptions
{
    /// <summary>A Whisper model name from the manifest.</summary>
    public string? Model { get; init; }

    /// <summary>A Whisper ggml model file.</summary>
    public string? ModelPath { get; init; }

    /// <summary>The spoken language (ISO 639-1), or <c>auto</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Also translate into English.</summary>
    public bool? Translate { get; init; }

    /// <summary>An initial prompt (names, places).</summary>
    public string? Prompt { get; init; }

    /// <summary>The number of speakers to separate; 0 or 1 turns separation off.</summary>
    [Range(0, 20, ErrorMessage = "must be between {1} and {2}")]
    public int? Speakers { get; init; }

    /// <summary>Recordings transcribed at once.</summary>
    [Range(1, 64, ErrorMessage = "must be between {1} and {2}")]
    public int? MaxConcurrency { get; init; }

    /// <summary>One passage per segment, or windows of about <c>Passages:TargetWords</c>. The default value is the <c>Passages</c> section's mode.</summary>
    [OneOf("window", "segment")]
    public string? Passages { get; init; }
}
