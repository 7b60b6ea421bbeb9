using PreCoder.Codebooks.Diff;

namespace PreCoder.Application.Codebooks;

/// <summary>What changed between two stored codebook versions.</summary>
public sealed record CodebookVersionDiff(int From, int To, IReadOnlyList<CodebookChange> Changes);
