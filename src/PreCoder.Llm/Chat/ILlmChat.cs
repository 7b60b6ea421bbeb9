namespace PreCoder.Llm.Chat;

/// <summary>One chat completion. Caching, auditing and the model itself are layers wrapping one another.</summary>
public interface ILlmChat
{
    /// <exception cref="LlmCallException">The call failed after the resilience pipeline gave up (or the circuit is open).</exception>
    Task<LlmReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken);
}
