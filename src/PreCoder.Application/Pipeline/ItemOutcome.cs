namespace PreCoder.Application.Pipeline;

/// <summary>What happened to one item in one stage.</summary>
public sealed record ItemOutcome(string Stage, string Item, ItemStatus Status, string? Summary, string? Error);
