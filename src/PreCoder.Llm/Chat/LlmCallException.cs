namespace PreCoder.Llm.Chat;

/// <summary>A model call that failed for good: retries used up, circuit open, or an answer that could not be read.</summary>
public sealed class LlmCallException(string message, Exception? inner = null) : Exception(message, inner);
