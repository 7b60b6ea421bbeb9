using PreCoder.Core.Coding;

namespace PreCoder.Store.Persistence;

/// <summary>The stored form of a <see cref="Coder"/> (records with positional members map poorly to EF).</summary>
public sealed class CoderRow
{
    public required string Id { get; init; }

    public CoderKind Kind { get; init; }

    public string? ModelVersion { get; set; }

    public Coder ToCoder() => new(Id, Kind, ModelVersion);
}
