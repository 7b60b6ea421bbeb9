namespace PreCoder.Application.Ingest;

/// <summary>Transcript and recording files or folders to bring into the study, and how to read them.</summary>
public sealed record IngestRequest(IReadOnlyList<string> Paths)
{
    /// <summary>auto (by extension), txt, vtt, srt, docx or csv.</summary>
    public string Format { get; init; } = "auto";

    /// <summary>CSV/TSV column map, e.g. <c>interview=COL,text=COL</c>.</summary>
    public string? Map { get; init; }

    /// <summary>Which speaker label is which role, e.g. <c>interviewee=LABEL</c>.</summary>
    public string? Roles { get; init; }

    /// <summary>window or segment.</summary>
    public string? Passages { get; init; }

    /// <summary>A Whisper model file for recordings; null for the configured one.</summary>
    public string? Model { get; init; }
}
