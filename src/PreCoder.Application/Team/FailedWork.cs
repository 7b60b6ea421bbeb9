namespace PreCoder.Application.Team;

/// <summary>A job in the failed list: its stage, its file (null: study-wide), how often it was tried and its last error.</summary>
public sealed record FailedWork(string Batch, string Stage, string? Item, int Attempts, string? Error);
