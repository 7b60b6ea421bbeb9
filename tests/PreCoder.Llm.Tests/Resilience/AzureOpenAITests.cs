using PreCoder.Llm.Chat;
using PreCoder.Llm.Configuration;
using PreCoder.Llm.Tests.Support;

namespace PreCoder.Llm.Tests.Resilience;

public sealed class AzureOpenAITests
{
    [Fact]
    public async Task CompleteAsync_AzureProvider_CallsTheDeploymentWithTheKeyHeader()
    {
        using var server = new ScriptedLlmServer { Default = _ => ScriptedResponse.Chat("ok") };
        using var study = new TempDirectory();
        var variable = $"PRECODER_TEST_AZURE_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, "azure-key");
        try
        {
            var options = Some.Options(server.Endpoint.Replace("/v1", "", StringComparison.Ordinal), o =>
            {
                o.Provider = LlmProvider.AzureOpenAI;
                o.Model = "my-deployment";
                o.ApiKeyEnv = variable;
            });
            using var connection = LlmConnection.Open(options, study.Path, allowNetwork: false);

            var reply = await connection.Chat.CompleteAsync(new LlmRequest("code", "t.v1", "system", "user"), CancellationToken.None);

            Assert.Equal("ok", reply.Content);
            Assert.Contains("/openai/deployments/my-deployment/chat/completions", Assert.Single(server.Requests).Path, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Open_AzureWithoutKey_IsRefused()
    {
        using var study = new TempDirectory();

        Assert.Throws<PreCoder.Core.Errors.InputException>(() => LlmConnection.Open(Some.Options("http://127.0.0.1:1", o => o.Provider = LlmProvider.AzureOpenAI), study.Path, allowNetwork: false));
    }
}
