using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using PreCoder.Llm.Configuration;

namespace PreCoder.Llm.Resilience;

/// <summary>
/// The named pipeline around every HTTP call to the model, outermost first: a concurrency limit (the server and the
/// budget are shared), retries with exponential back-off and jitter that honour <c>Retry-After</c>, a circuit breaker
/// (a dead server fails fast and the classifier falls back), and a timeout per attempt.
/// </summary>
public static class LlmResilience
{
    public const string PipelineName = "llm";

    public static ResiliencePipeline<HttpResponseMessage> Build(LlmOptions options, TimeProvider timeProvider, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var handle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<IOException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(IsTransient);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = PipelineName, TimeProvider = timeProvider }
            .AddConcurrencyLimiter(options.MaxConcurrency, queueLimit: int.MaxValue);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = handle,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider, options.MaxRetryDelay)),
                OnRetry = args =>
                {
                    ResilienceLog.Retrying(logger, ResilienceLog.Reason(args.Outcome), args.AttemptNumber + 1, args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            });
        }
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = handle,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                OnOpened = args =>
                {
                    ResilienceLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.Timeout)
            .Build();
    }

    /// <summary>429, 408 and every 5xx: worth another attempt. Other 4xx (a wrong model name, a bad key) are not.</summary>
    public static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500;

    /// <summary>The server's <c>Retry-After</c> (seconds or a date), capped; null lets the back-off decide.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, cap.Ticks)) : null;
    }
}
