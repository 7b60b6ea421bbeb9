namespace PreCoder.Application.Pipeline;

/// <summary>One unit of a stage's work. <paramref name="Key"/> is an interview id or a file path.</summary>
public sealed record StageItem(string Key, string InputHash, string? Path = null, string? InterviewId = null);
