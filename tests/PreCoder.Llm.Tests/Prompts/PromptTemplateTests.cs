using PreCoder.Llm.Prompts;

namespace PreCoder.Llm.Tests.Prompts;

public sealed class PromptTemplateTests
{
    [Theory]
    [InlineData("code-category", "code-category.v1", true)]
    [InlineData("code-correction", "code-correction.v1", false)]
    [InlineData("translate", "translate.v1", true)]
    public void Load_ShippedTemplate_HasItsVersionAndParts(string name, string version, bool hasSystem)
    {
        var sut = PromptTemplate.Load(name);

        Assert.Equal(version, sut.Version);
        Assert.Equal(hasSystem, sut.System.Length > 0);
        Assert.NotEmpty(sut.User);
        Assert.DoesNotContain("[user]", sut.System, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderUser_MissingValue_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => PromptTemplate.Load("translate").RenderUser(new Dictionary<string, string> { ["language"] = "fr" }));
    }
}
