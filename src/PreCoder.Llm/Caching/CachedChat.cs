using PreCoder.Llm.Chat;

namespace PreCoder.Llm.Caching;

/// <summary>Answers from the study's cache when it can, else asks <paramref name="inner"/> and keeps the answer.</summary>
public sealed class CachedChat(ILlmChat inner, ResponseCache cache, string model) : ILlmChat
{
    public async Task<LlmReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        var key = ResponseCache.Key(model, request);
        if (cache.TryGet(key) is { } hit)
        {
            return hit;
        }
        var reply = await inner.CompleteAsync(request, cancellationToken);
        cache.Put(key, reply);
        return reply;
    }
}
