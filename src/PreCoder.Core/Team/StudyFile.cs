namespace PreCoder.Core.Team;

/// <summary>A file of the study folder (path relative to it, with '/') and the blob that holds its current content.</summary>
public sealed class StudyFile
{
    public required string Path { get; init; }

    public required string Hash { get; set; }

    public long Length { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
