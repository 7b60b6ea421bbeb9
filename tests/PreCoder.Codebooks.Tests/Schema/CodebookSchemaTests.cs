using System.Text.Json;
using System.Text.RegularExpressions;
using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Mapping;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Tree;
using PreCoder.Codebooks.Yaml;

namespace PreCoder.Codebooks.Tests.Schema;

/// <summary>
/// Keeps the JSON Schema editors use in step with the reader: every key the seed file uses, and every key the
/// reader knows, must be declared. A structural walk, not a validator; enough to catch a forgotten key.
/// </summary>
public class CodebookSchemaTests
{
    private static readonly JsonElement SchemaRoot = JsonDocument.Parse(File.ReadAllText(RepoPaths.Schema)).RootElement;

    [Fact]
    public void Schema_Draft202012_Declared()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", SchemaRoot.GetProperty("$schema").GetString());
    }

    [Fact]
    public void SeedYaml_EveryKey_DeclaredInSchema()
    {
        var bag = new DiagnosticBag("seed.yaml");
        var tree = YamlTreeReader.Read(File.ReadAllText(RepoPaths.SeedCodebook), bag)!;
        var undeclared = new List<string>();
        var visited = 0;

        Walk(SchemaRoot, tree, "", undeclared, ref visited);

        Assert.Empty(undeclared);
        Assert.True(visited > 1000, $"only {visited} keys walked; the walk is not reaching the variables");
    }

    [Fact]
    public void ReaderKeys_AllDeclaredInSchema()
    {
        var defs = SchemaRoot.GetProperty("$defs");

        Assert.Equal(CodebookKeys.Top.Order(), Properties(SchemaRoot).Order());
        Assert.Equal(CodebookKeys.Variable.Order(), Properties(defs.GetProperty("variable")).Order());
        Assert.Equal(CodebookKeys.Category.Order(), Properties(defs.GetProperty("category")).Order());
        Assert.Equal(CodebookKeys.Scale.Order(), Properties(defs.GetProperty("scale")).Order());
    }

    private static IEnumerable<string> Properties(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    private static void Walk(JsonElement schema, DocNode node, string path, List<string> undeclared, ref int visited)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("oneOf", out var branches))
        {
            var wanted = node.Kind == DocNodeKind.Mapping ? "object" : node.Kind == DocNodeKind.Sequence ? "array" : "string";
            schema = branches.EnumerateArray().Select(Resolve).First(b => b.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == wanted);
        }
        if (node.Kind == DocNodeKind.Sequence && schema.TryGetProperty("items", out var items))
        {
            for (var i = 0; i < node.Items.Count; i++)
            {
                Walk(items, node.Items[i], $"{path}[{i}]", undeclared, ref visited);
            }
        }
        if (node.Kind != DocNodeKind.Mapping)
        {
            return;
        }
        foreach (var entry in node.Entries)
        {
            visited++;
            var child = ChildSchema(schema, entry.Key);
            if (child is null)
            {
                undeclared.Add($"{path}.{entry.Key} (line {entry.Line})");
                continue;
            }
            Walk(child.Value, entry.Value, $"{path}.{entry.Key}", undeclared, ref visited);
        }
    }

    private static JsonElement? ChildSchema(JsonElement schema, string key)
    {
        if (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(key, out var property))
        {
            return property;
        }
        if (schema.TryGetProperty("patternProperties", out var patterns))
        {
            foreach (var pattern in patterns.EnumerateObject())
            {
                if (Regex.IsMatch(key, pattern.Name))
                {
                    return pattern.Value;
                }
            }
        }
        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            return additional;
        }
        return null;
    }

    private static JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/').Last();
            schema = SchemaRoot.GetProperty("$defs").GetProperty(name);
        }
        return schema;
    }
}
