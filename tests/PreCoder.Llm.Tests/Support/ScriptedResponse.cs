using System.Text.Json;

namespace PreCoder.Llm.Tests.Support;

/// <summary>One scripted answer of the test server: a status, a body, headers, a delay before answering, or a body cut short.</summary>
public sealed record ScriptedResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default, bool Truncate = false)
{
    /// <summary>A well-formed OpenAI chat completion whose message content is <paramref name="content"/>.</summary>
    public static ScriptedResponse Chat(string content, int promptTokens = 100, int completionTokens = 20) => new(200, JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
    }));

    public static ScriptedResponse TooManyRequests(int retryAfterSeconds) =>
        new(429, """{"error":{"message":"rate limited","type":"rate_limit"}}""", new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static ScriptedResponse ServerError() => new(500, """{"error":{"message":"boom","type":"server_error"}}""");

    public static ScriptedResponse Slow(ScriptedResponse answer, TimeSpan delay) => answer with { Delay = delay };

    /// <summary>Promises the whole body in Content-Length, sends half of it and drops the connection.</summary>
    public static ScriptedResponse TruncatedBody(ScriptedResponse answer) => answer with { Truncate = true };
}
