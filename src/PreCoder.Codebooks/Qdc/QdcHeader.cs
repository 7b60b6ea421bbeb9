namespace PreCoder.Codebooks.Qdc;

/// <summary>The codebook-level fields a .qdc keeps in its "PreCoder codebook" set, gathered while reading.</summary>
internal sealed class QdcHeader
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? VersionNote { get; set; }

    public string? Description { get; set; }

    public string? Source { get; set; }

    public List<string> MissingReasons { get; set; } = [];
}
