using Microsoft.Extensions.Logging;

namespace PreCoder.Llm.Resilience;

/// <summary>What the resilience pipeline tells the user while it waits: no content, only what failed and how long the wait is.</summary>
internal static partial class ResilienceLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "LLM call failed ({Reason}); retry {Attempt} in {DelaySeconds:0.0} s")]
    public static partial void Retrying(ILogger logger, string reason, int attempt, double delaySeconds);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "LLM server keeps failing: circuit open for {BreakSeconds:0} s, calls fall back to the embedded classifier meanwhile")]
    public static partial void CircuitOpened(ILogger logger, double breakSeconds);

    public static string Reason(Polly.Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : $"HTTP {(int)outcome.Result!.StatusCode}";
}
