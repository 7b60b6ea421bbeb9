using PreCoder.Llm.Configuration;
using PreCoder.Llm.Tests.Support;

namespace PreCoder.Llm.Tests.Resilience;

public sealed class LlmOptionsTests
{
    [Fact]
    public void Validate_Defaults_WithAModel_Pass()
    {
        new LlmOptions { Model = "llama3.1:8b" }.Validate();
    }

    [Theory]
    [InlineData("Llm:Model")]
    [InlineData("Llm:Endpoint")]
    [InlineData("Llm:Timeout")]
    [InlineData("Llm:BreakerFailureRatio")]
    [InlineData("Llm:ContextTokens")]
    [InlineData("Llm:MaxRetryDelay")]
    public void Validate_BadValue_NamesTheSetting(string setting)
    {
        var options = Some.Options("http://127.0.0.1:1/v1", o =>
        {
            switch (setting)
            {
                case "Llm:Model": o.Model = " "; break;
                case "Llm:Endpoint": o.Endpoint = "ftp://host/"; break;
                case "Llm:Timeout": o.Timeout = TimeSpan.Zero; break;
                case "Llm:BreakerFailureRatio": o.BreakerFailureRatio = 1.5; break;
                case "Llm:ContextTokens": o.ContextTokens = o.MaxOutputTokens; break;
                case "Llm:MaxRetryDelay": o.MaxRetryDelay = TimeSpan.FromMilliseconds(1); break;
            }
        });

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.StartsWith(setting, ex.Message, StringComparison.Ordinal);
    }
}
