using PreCoder.Llm.Chat;
using PreCoder.Llm.Configuration;
using PreCoder.Llm.Tests.Support;

namespace PreCoder.Llm.Tests.Resilience;

/// <summary>The HTTP fault cases against the scripted server, through the same connection the classifier uses.</summary>
public sealed class ResilienceTests : IDisposable
{
    private readonly ScriptedLlmServer _server = new() { Default = _ => ScriptedResponse.Chat("ok") };
    private readonly TempDirectory _study = new();
    private readonly List<LlmConnection> _connections = [];

    private ILlmChat CreateSut(Action<LlmOptions>? change = null)
    {
        var connection = LlmConnection.Open(Some.Options(_server.Endpoint, change), _study.Path, allowNetwork: false);
        _connections.Add(connection);
        return connection.Chat;
    }

    // Each test sends a different prompt so no answer comes from another's cache entry.
    private static LlmRequest Request(string user = "hello") => new("code", "test.v1", "system", user);

    [Fact]
    public async Task CompleteAsync_429WithRetryAfter_WaitsAsToldThenSucceeds()
    {
        _server.Then(ScriptedResponse.TooManyRequests(retryAfterSeconds: 1));

        var reply = await CreateSut().CompleteAsync(Request(), CancellationToken.None);

        Assert.Equal("ok", reply.Content);
        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        // The back-off alone would wait about 20 ms; only Retry-After explains a second.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task CompleteAsync_500ThenOk_Retries()
    {
        _server.Then(ScriptedResponse.ServerError());

        var reply = await CreateSut().CompleteAsync(Request(), CancellationToken.None);

        Assert.Equal("ok", reply.Content);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task CompleteAsync_500Always_GivesUpAfterMaxRetries()
    {
        _server.Default = _ => ScriptedResponse.ServerError();

        var ex = await Assert.ThrowsAsync<LlmCallException>(() => CreateSut(o => o.MaxRetries = 2).CompleteAsync(Request(), CancellationToken.None));

        Assert.Contains("500", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task CompleteAsync_BadRequest_IsNotRetried()
    {
        _server.Default = _ => new ScriptedResponse(400, """{"error":{"message":"unknown model"}}""");

        await Assert.ThrowsAsync<LlmCallException>(() => CreateSut().CompleteAsync(Request(), CancellationToken.None));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task CompleteAsync_AnswerSlowerThanTimeout_TimesOutAndRetries()
    {
        _server.Then(ScriptedResponse.Slow(ScriptedResponse.Chat("late"), TimeSpan.FromSeconds(5)));
        var started = DateTimeOffset.UtcNow;

        var reply = await CreateSut(o => o.Timeout = TimeSpan.FromMilliseconds(400)).CompleteAsync(Request(), CancellationToken.None);

        Assert.Equal("ok", reply.Content);
        Assert.Equal(2, _server.Requests.Count);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(4), "the slow attempt was abandoned at the timeout");
    }

    [Fact]
    public async Task CompleteAsync_TruncatedBody_IsRetried()
    {
        _server.Then(ScriptedResponse.TruncatedBody(ScriptedResponse.Chat("cut short")));

        var reply = await CreateSut().CompleteAsync(Request(), CancellationToken.None);

        Assert.Equal("ok", reply.Content);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task CompleteAsync_ServerKeepsFailing_CircuitOpensAndStopsCalling()
    {
        _server.Default = _ => ScriptedResponse.ServerError();
        var sut = CreateSut(o =>
        {
            o.MaxRetries = 0;
            o.BreakerMinimumThroughput = 2;
            o.BreakerFailureRatio = 0.5;
            o.BreakDuration = TimeSpan.FromMinutes(1);
        });
        LlmCallException? last = null;

        for (var i = 0; i < 6; i++)
        {
            last = await Assert.ThrowsAsync<LlmCallException>(() => sut.CompleteAsync(Request($"call {i}"), CancellationToken.None));
        }

        Assert.Equal(2, _server.Requests.Count);
        Assert.StartsWith("circuit open", last!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_SameRequestTwice_SecondIsAnsweredFromTheCacheAndAnotherModelIsNot()
    {
        await CreateSut().CompleteAsync(Request(), CancellationToken.None);

        var again = await CreateSut().CompleteAsync(Request(), CancellationToken.None);
        await CreateSut(o => o.Model = "other-model").CompleteAsync(Request(), CancellationToken.None);

        Assert.True(again.Cached);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task CompleteAsync_TokenUsage_IsCountedAndCosted()
    {
        var sut = CreateSut(o => { o.InputCostPerMillion = 2m; o.OutputCostPerMillion = 10m; });

        await sut.CompleteAsync(Request(), CancellationToken.None);

        var usage = _connections[0].Usage;
        Assert.Equal(100, usage.InputTokens);
        Assert.Equal(20, usage.OutputTokens);
        Assert.Equal(0.0004m, usage.EstimatedCost);
    }

    public void Dispose()
    {
        _connections.ForEach(c => c.Dispose());
        _server.Dispose();
        _study.Dispose();
    }
}
