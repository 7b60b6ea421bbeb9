namespace PreCoder.Llm.Chat;

/// <summary>The model's answer text with the tokens it cost; <see cref="Cached"/> when it came from the study's cache (cost nothing).</summary>
public sealed record LlmReply(string Content, int InputTokens, int OutputTokens, bool Cached = false);
