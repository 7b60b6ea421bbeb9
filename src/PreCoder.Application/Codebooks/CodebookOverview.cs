using PreCoder.Core.Codebooks;

namespace PreCoder.Application.Codebooks;

/// <summary>The latest codebook and the categories asked for (all of them unless one was named).</summary>
public sealed record CodebookOverview(Codebook Codebook, int Version, IReadOnlyList<Category> Categories);
