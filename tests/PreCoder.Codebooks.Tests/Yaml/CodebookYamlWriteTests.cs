using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;

namespace PreCoder.Codebooks.Tests.Yaml;

public class CodebookYamlWriteTests
{
    [Fact]
    public void Write_ReadBack_SameCodebook()
    {
        var original = CodebookYaml.Read(Some.FullYaml, "full.yaml");
        Diagnose.Clean(original);

        var written = CodebookYaml.Write(original.Codebook!);
        var reread = CodebookYaml.Read(written, "written.yaml");

        Diagnose.Clean(reread);
        CodebookAssert.Equivalent(original.Codebook!, reread.Codebook!);
    }

    [Fact]
    public void Write_Twice_IdenticalText()
    {
        var first = CodebookYaml.Write(CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!);

        var second = CodebookYaml.Write(CodebookYaml.Read(first, "first.yaml").Codebook!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_TextsThatLookLikeOtherTypes_QuotedSoTheyStayText()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var written = CodebookYaml.Write(codebook);
        var indicators = CodebookYaml.Read(written, "w.yaml").Codebook!.Find("vul_poverty")!.Indicators;

        Assert.Contains("\"null\"", written);
        Assert.Equal(["we had nothing", "null", "3"], indicators);
    }

    [Fact]
    public void Write_ScaleForms_KeptAsWritten()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var written = CodebookYaml.Write(codebook);

        Assert.Contains("scale: presence", written);
        Assert.Contains("scale: binary", written);
        Assert.Contains("scale: nominal:a|b|c", written);
        Assert.Contains("scale: numeric:0..10", written);
        Assert.Contains("kind: ordinal\n      min: 1\n      max: 5", written);
    }

    [Fact]
    public void Write_KeyOrder_FollowsSchema()
    {
        var written = CodebookYaml.Write(CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!);

        var keys = new[] { "schema:", "id:", "name:", "version_note:", "description:", "source:", "scales:", "missing_reasons:", "categories:", "variables:" };
        var positions = keys.Select(k => written.IndexOf("\n" + k, StringComparison.Ordinal) + (k == "schema:" ? 1 : 0)).ToList();
        Assert.StartsWith("schema: precoder-codebook/1\n", written);
        Assert.DoesNotContain(-1, positions.Skip(1));
        Assert.Equal(positions.Order().ToList(), positions);
    }
}
