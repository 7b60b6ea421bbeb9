using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using PreCoder.Llm.Chat;

namespace PreCoder.Llm.Audit;

/// <summary>Records every call (cache hits included, marked) in the audit log and counts its tokens in the run's usage.</summary>
public sealed class AuditedChat(ILlmChat inner, AuditLog log, LlmUsage usage, string model, string endpointHost, bool pseudonymised, TimeProvider time) : ILlmChat
{
    public async Task<LlmReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var text = request.AllText;
        try
        {
            var reply = await inner.CompleteAsync(request, cancellationToken);
            usage.Add(reply);
            log.Append(Entry(request, text, reply, started, "ok"));
            return reply;
        }
        catch (LlmCallException ex)
        {
            usage.AddFailure();
            log.Append(Entry(request, text, null, started, "failed: " + ex.Message));
            throw;
        }
    }

    private AuditEntry Entry(LlmRequest request, string text, LlmReply? reply, long started, string outcome) => new(
        time.GetUtcNow(), request.Purpose, model, endpointHost, request.PromptVersion,
        Sha256(text), text.Length, reply is null ? null : Sha256(reply.Content), reply?.Content.Length ?? 0,
        reply?.InputTokens ?? 0, reply?.OutputTokens ?? 0, reply?.Cached ?? false, pseudonymised,
        Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), outcome);

    private static string Sha256(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
}
