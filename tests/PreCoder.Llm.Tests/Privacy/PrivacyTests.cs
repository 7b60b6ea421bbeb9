using System.Text.Json;
using PreCoder.Core.Errors;
using PreCoder.Llm.Chat;
using PreCoder.Llm.Coding;
using PreCoder.Llm.Configuration;
using PreCoder.Llm.Tests.Support;

namespace PreCoder.Llm.Tests.Privacy;

public sealed class PrivacyTests : IDisposable
{
    private readonly ScriptedLlmServer _server = new();
    private readonly TempDirectory _study = new();

    /// <summary>Answers anything and counts what it was asked: proves nothing was sent.</summary>
    private sealed class CountingHandler : HttpMessageHandler
    {
        public int Count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Count);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError));
        }
    }

    [Theory]
    [InlineData("http://203.0.113.7/v1")]
    [InlineData("https://api.openai.com/v1")]
    [InlineData("http://192.168.1.20:11434/v1")]
    public void Open_RemoteEndpointWithoutOptIn_IsRefusedBeforeAnyRequest(string endpoint)
    {
        var transport = new CountingHandler();

        var ex = Assert.Throws<InputException>(() => LlmConnection.Open(Some.Options(endpoint), _study.Path, allowNetwork: false, transport: transport));

        Assert.Contains("Study:AllowNetwork", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, transport.Count);
        Assert.False(File.Exists(LlmConnection.AuditLogPath(_study.Path)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:11434/v1")]
    [InlineData("http://localhost:8080/v1")]
    [InlineData("http://[::1]:8000/v1")]
    public void Open_LoopbackEndpoint_IsAllowedWithoutPseudonymising(string endpoint)
    {
        using var connection = LlmConnection.Open(Some.Options(endpoint), _study.Path, allowNetwork: false);

        Assert.False(connection.Pseudonymise);
    }

    [Fact]
    public void Open_RemoteEndpointWithOptIn_PseudonymisesAlways()
    {
        using var connection = LlmConnection.Open(Some.Options("https://api.openai.com/v1"), _study.Path, allowNetwork: true, transport: new CountingHandler());

        Assert.True(connection.Pseudonymise);
    }

    [Fact]
    public async Task ClassifyAsync_Pseudonymised_SendsPlaceholdersAndRestoresNamesInQuotes()
    {
        var options = Some.Options(_server.Endpoint, o => o.Pseudonymise = PseudonymiseMode.Always);
        using var connection = LlmConnection.Open(options, _study.Path, allowNetwork: false);
        var codebook = Some.Codebook();
        var interview = Some.Interview();
        var pseudonymiser = connection.PseudonymiserFor(interview.Passages.Select(p => p.Text), interview.Passages.Select(p => p.Speaker), codebook.Variables.Select(v => v.Name + " " + v.Definition));
        var sut = new LlmClassifier(connection.Chat, codebook, new FixedClassifier([]), options, pseudonymiser, TimeProvider.System);

        var suggestions = await sut.ClassifyAsync(interview, CancellationToken.None);

        Assert.All(_server.Requests, r =>
        {
            Assert.DoesNotContain("Yassine", r.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Kevin", r.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Anderlecht", r.Body, StringComparison.Ordinal);
            Assert.Contains("[Name", r.Body, StringComparison.Ordinal);
        });
        var quote = Assert.Single(suggestions.Single(s => s.VariableId == "mot_money").Evidence);
        Assert.Equal("My name is Yassine and I", quote.Text);
    }

    [Fact]
    public async Task CompleteAsync_ApiKey_IsSentButNeverWrittenToTheStudy()
    {
        var variable = $"PRECODER_TEST_KEY_{Guid.NewGuid():N}";
        var key = $"sk-test-{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, key);
        try
        {
            using var connection = LlmConnection.Open(Some.Options(_server.Endpoint, o => o.ApiKeyEnv = variable), _study.Path, allowNetwork: false);
            _server.Default = _ => ScriptedResponse.Chat("ok");
            _server.Then(ScriptedResponse.ServerError());
            await connection.Chat.CompleteAsync(new LlmRequest("code", "t.v1", "system", "user"), CancellationToken.None);

            Assert.All(_server.Requests, r => Assert.Equal($"Bearer {key}", r.Authorization));
            var files = Directory.GetFiles(_study.Path, "*", SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            Assert.All(files, f => Assert.DoesNotContain(key, File.ReadAllText(f), StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task CompleteAsync_AuditLog_RecordsEveryCallByHashAndSizeWithoutContent()
    {
        using var connection = LlmConnection.Open(Some.Options(_server.Endpoint), _study.Path, allowNetwork: false);
        var request = new LlmRequest("code", "t.v1", "system", "a secret account of the interview");
        _server.Default = _ => ScriptedResponse.Chat("ok");

        await connection.Chat.CompleteAsync(request, CancellationToken.None);
        await connection.Chat.CompleteAsync(request, CancellationToken.None);

        var lines = File.ReadAllLines(LlmConnection.AuditLogPath(_study.Path));
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.DoesNotContain("secret account", l, StringComparison.Ordinal));
        using var first = JsonDocument.Parse(lines[0]);
        var e = first.RootElement;
        Assert.Equal("test-model", e.GetProperty("model").GetString());
        Assert.Equal("127.0.0.1", e.GetProperty("endpointHost").GetString());
        Assert.Equal(64, e.GetProperty("requestSha256").GetString()!.Length);
        Assert.Equal(request.AllText.Length, e.GetProperty("requestChars").GetInt32());
        Assert.False(e.GetProperty("cached").GetBoolean());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.True(second.RootElement.GetProperty("cached").GetBoolean());
    }

    public void Dispose()
    {
        _server.Dispose();
        _study.Dispose();
    }
}
