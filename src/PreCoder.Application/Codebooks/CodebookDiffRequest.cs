namespace PreCoder.Application.Codebooks;

/// <summary>Which two stored versions to compare: <see cref="To"/> defaults to the latest, <see cref="From"/> to the one before it.</summary>
public sealed record CodebookDiffRequest(int? From, int? To);
