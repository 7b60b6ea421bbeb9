namespace PreCoder.Application.Precoding;

/// <summary>A pre-coding run: each interview's outcome, the suggestions of the interviews it covered, and the language model's usage when one was used.</summary>
public sealed record PrecodeResult(RunReport Run, PrecodeSummary Summary, string? LlmUsage);
