namespace PreCoder.Transcripts.Import;

/// <summary>How to read transcript files: the format, the column map for CSV/TSV and which label is which role.</summary>
public sealed record ImportOptions
{
    public TranscriptFormat Format { get; init; } = TranscriptFormat.Auto;

    /// <summary>Column map for CSV/TSV: key (interview, segment, speaker, start, end, text, english, language, role) to column header.</summary>
    public ColumnMap Columns { get; init; } = ColumnMap.Default;

    public RoleMap Roles { get; init; } = RoleMap.Default;
}
