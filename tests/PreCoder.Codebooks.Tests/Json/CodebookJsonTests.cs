using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Json;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;

namespace PreCoder.Codebooks.Tests.Json;

public class CodebookJsonTests
{
    [Fact]
    public void Serialize_Deserialize_SameCodebook()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var back = CodebookJson.Deserialize(CodebookJson.Serialize(codebook));

        CodebookAssert.Equivalent(codebook, back);
    }

    [Fact]
    public void Serialize_SameStructureAsYaml_KeysInSchemaOrder()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var json = CodebookJson.Serialize(codebook);

        Assert.StartsWith("{\n  \"schema\": \"precoder-codebook/1\",\n  \"id\": \"full\",", json);
        Assert.Contains("\"anchors\": {\n        \"0\": \"Not present\",", json);
        Assert.Contains("\"scale\": \"nominal:a|b|c\"", json);
    }

    [Fact]
    public void Read_UnknownKeyAndBadUnit_ReportLines()
    {
        var json = """
            {
              "schema": "precoder-codebook/1",
              "id": "j",
              "name": "J",
              "categories": [ { "id": "vulnerabilities", "name": "V" } ],
              "variables": [
                {
                  "id": "vul_a",
                  "name": "A",
                  "category": "vulnerabilities",
                  "unit": "paragraf",
                  "definiton": "x"
                }
              ]
            }
            """;

        var result = CodebookJson.Read(json, "c.json");

        Diagnose.HasError(result, 11, "bad unit 'paragraf'");
        var typo = Diagnose.HasError(result, 12, "unknown key 'definiton'");
        Assert.Equal("did you mean 'definition'?", typo.Hint);
        Diagnose.HasError(result, 7, "empty definition");
    }

    [Fact]
    public void Read_SyntaxError_ReportsLine()
    {
        var json = "{\n  \"schema\": \"precoder-codebook/1\",\n  \"id\": \"j\"\n  \"name\": \"J\"\n}";

        var result = CodebookJson.Read(json, "c.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("JSON syntax error", error.Message);
    }

    [Fact]
    public void Deserialize_Invalid_ThrowsWithEveryError()
    {
        var json = """{"schema": "precoder-codebook/1", "id": "j", "name": "J", "variables": [{"id": "a", "name": "A", "category": "x", "definition": "d"}, {"id": "a", "name": "B", "category": "x", "definition": "d"}]}""";

        var ex = Assert.Throws<CodebookException>(() => CodebookJson.Deserialize(json, "stored.json"));

        Assert.Equal(3, ex.Diagnostics.Count);
        Assert.All(ex.Errors, e => Assert.Equal("stored.json", e.File));
        Assert.Contains("stored.json:1: duplicate variable id 'a'", ex.Message);
    }
}
