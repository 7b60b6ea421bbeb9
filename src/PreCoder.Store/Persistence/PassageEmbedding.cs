namespace PreCoder.Store.Persistence;

/// <summary>A cached sentence embedding: each passage is embedded once per encoder, whatever the number of variables.</summary>
public sealed class PassageEmbedding
{
    public required string InterviewId { get; init; }

    public required string PassageId { get; init; }

    /// <summary>Encoder name and version, e.g. <c>MiniLM-L6-v2</c>.</summary>
    public required string Encoder { get; init; }

    /// <summary>SHA-256 of the embedded text, so an edited passage is embedded again.</summary>
    public required string TextHash { get; init; }

    /// <summary>The vector as little-endian float32 bytes.</summary>
    public required byte[] Vector { get; init; }
}
