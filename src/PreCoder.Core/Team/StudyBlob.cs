namespace PreCoder.Core.Team;

/// <summary>
/// A file's bytes, stored once by their SHA-256: the study's trained models, calibration and transcription checkpoints
/// live here when the study is in PostgreSQL, so every worker and the server see the same files.
/// </summary>
public sealed class StudyBlob
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Hash { get; init; }

    public required byte[] Content { get; init; }

    public long Length { get; init; }
}
