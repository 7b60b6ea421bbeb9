namespace PreCoder.Core.Codebooks;

/// <summary>A group of variables reported together (one of the study's tables).</summary>
public sealed record Category(string Id, string Name, string? Description = null);
