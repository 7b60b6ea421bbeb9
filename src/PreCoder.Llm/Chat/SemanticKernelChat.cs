using System.ClientModel;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace PreCoder.Llm.Chat;

/// <summary>
/// A chat completion through a Semantic Kernel connector. The connector's HTTP client carries the resilience handler,
/// so timeouts, retries and the circuit breaker happen below this class; what reaches it is a final answer or failure.
/// </summary>
public sealed class SemanticKernelChat(IChatCompletionService service, Configuration.LlmOptions options) : ILlmChat
{
    public async Task<LlmReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        var history = new ChatHistory();
        history.AddSystemMessage(request.System);
        history.AddUserMessage(request.User);
        if (request.PreviousAnswer is not null)
        {
            history.AddAssistantMessage(request.PreviousAnswer);
            history.AddUserMessage(request.Correction ?? "");
        }
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = options.Temperature,
            MaxTokens = options.MaxOutputTokens,
            Seed = options.Seed,
            ResponseFormat = options.ResponseFormat switch
            {
                Configuration.ResponseFormat.JsonSchema when request.Schema is not null =>
                    OpenAI.Chat.ChatResponseFormat.CreateJsonSchemaFormat(request.Purpose, BinaryData.FromString(request.Schema), jsonSchemaIsStrict: true),
                Configuration.ResponseFormat.Text => null,
                _ => "json_object",
            },
        };
        ChatMessageContent message;
        try
        {
            message = await service.GetChatMessageContentAsync(history, settings, kernel: null, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new LlmCallException(Describe(ex), ex);
        }
        var usage = message.Metadata?.GetValueOrDefault("Usage") as OpenAI.Chat.ChatTokenUsage;
        return new LlmReply(message.Content ?? "", usage?.InputTokenCount ?? 0, usage?.OutputTokenCount ?? 0);
    }

    // The type and status only: a server's error body may echo what was sent, and this text reaches logs.
    private static string Describe(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException:
                    return "circuit open: the model server failed repeatedly; calls fall back until it recovers";
                case TimeoutRejectedException:
                    return "timed out (Llm:Timeout) after every retry";
                case RateLimiterRejectedException:
                    return "concurrency limit rejected the call";
                case HttpOperationException { StatusCode: { } status }:
                    return $"server answered {(int)status} {status} after every retry";
                case ClientResultException { Status: > 0 } cre:
                    return $"server answered {cre.Status} after every retry";
            }
        }
        return $"call failed ({ex.GetType().Name}{(ex.InnerException is { } i ? "/" + i.GetType().Name : "")})";
    }
}
