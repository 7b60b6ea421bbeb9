using System.Xml.Linq;
using PreCoder.Codebooks.Qdc;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Tests.Qdc;

public class CodebookQdcTests
{
    private static readonly XNamespace Ns = "urn:QDA-XML:codebook:1.0";

    private static Codebook Full() => CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

    [Fact]
    public void Write_ReadBack_Lossless()
    {
        var codebook = Full();

        var back = CodebookQdc.Read(CodebookQdc.Write(codebook), "full.qdc");

        Diagnose.Clean(back);
        CodebookAssert.Equivalent(codebook, back.Codebook!);
    }

    [Fact]
    public void Write_CategoriesAsParentCodes_VariablesAsCodableChildren()
    {
        var codebook = Full();

        var xml = XDocument.Parse(CodebookQdc.Write(codebook));

        var root = xml.Root!;
        Assert.Equal(Ns + "CodeBook", root.Name);
        Assert.Equal("PreCoder", (string?)root.Attribute("origin"));
        var parents = root.Element(Ns + "Codes")!.Elements(Ns + "Code").ToList();
        Assert.Equal(codebook.Categories.Select(c => c.Name), parents.Select(p => (string?)p.Attribute("name")));
        Assert.All(parents, p => Assert.Equal("false", (string?)p.Attribute("isCodable")));
        var roles = parents.Single(p => (string?)p.Attribute("name") == "Roles in ISIS");
        var children = roles.Elements(Ns + "Code").ToList();
        Assert.Equal(["Fighter", "Other role"], children.Select(c => (string?)c.Attribute("name")));
        Assert.All(children, c => Assert.Equal("true", (string?)c.Attribute("isCodable")));
        Assert.StartsWith("Fought for ISIS.\n\n--- precoder ---\nid: rol_fighter\nscale: presence", children[0].Element(Ns + "Description")!.Value);
    }

    [Fact]
    public void Write_Twice_SameGuidsAndText()
    {
        var first = CodebookQdc.Write(Full());
        var second = CodebookQdc.Write(Full());

        Assert.Equal(first, second);
        var guid = CodebookQdc.VariableGuid(Full(), "vul_poverty");
        Assert.Equal(5, guid.Version);
        Assert.Contains($"guid=\"{guid}\"", first);
    }

    [Fact]
    public void VariableGuid_DifferentIds_DifferentGuids()
    {
        var codebook = Full();

        var guids = codebook.Variables.Select(v => CodebookQdc.VariableGuid(codebook, v.Id)).ToList();

        Assert.Equal(guids.Count, guids.Distinct().Count());
    }

    [Fact]
    public void Write_MultiLineAndBackslashValues_ReadBackExactly()
    {
        var codebook = Full();
        var tricky = codebook with
        {
            Variables = [.. codebook.Variables.Select(v => v.Id == "vul_poverty"
                ? v with { Inclusion = "First paragraph.\n\nSecond with C:\\path and \\n literal.", Indicators = ["id: not a key", "--- precoder ---"] }
                : v)],
        };

        var back = CodebookQdc.Read(CodebookQdc.Write(tricky), "t.qdc");

        Diagnose.Clean(back);
        CodebookAssert.Equivalent(tricky, back.Codebook!);
    }

    [Fact]
    public void Read_ThirdPartyFile_CategoriesFromParentsAndLikert4Variables()
    {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti">
              <Codes>
                <Code guid="4a1e8f3e-0000-4000-8000-000000000001" name="Motivations" isCodable="false">
                  <Description>Why they joined.</Description>
                  <Code guid="4a1e8f3e-0000-4000-8000-000000000002" name="Money" isCodable="true" color="#FF0000">
                    <Description>Joined for a salary.</Description>
                  </Code>
                  <Code guid="4a1e8f3e-0000-4000-8000-000000000003" name="Adventure!" isCodable="true">
                    <Description>Sought excitement.</Description>
                    <Code guid="4a1e8f3e-0000-4000-8000-000000000004" name="Weapons" isCodable="true">
                      <Description>Wanted to carry arms.</Description>
                    </Code>
                  </Code>
                </Code>
                <Code guid="4a1e8f3e-0000-4000-8000-000000000005" name="Loose code" isCodable="true">
                  <Description>Not in any group.</Description>
                </Code>
              </Codes>
            </CodeBook>
            """;

        var result = CodebookQdc.Read(xml, "/tmp/their-codes.qdc");

        Diagnose.Clean(result);
        var codebook = result.Codebook!;
        Assert.Equal("their_codes", codebook.Id);
        Assert.Equal(["motivations", "uncategorized"], codebook.Categories.Select(c => c.Id));
        Assert.Equal("Why they joined.", codebook.Categories[0].Description);
        Assert.Equal(["money", "adventure", "weapons", "loose_code"], codebook.Variables.Select(v => v.Id));
        Assert.Equal(["motivations", "motivations", "motivations", "uncategorized"], codebook.Variables.Select(v => v.Category));
        Assert.All(codebook.Variables, v => Assert.Equal("likert4", v.Scale.Name));
        Assert.Equal("Joined for a salary.", codebook.Variables[0].Definition);
    }

    [Fact]
    public void Read_BlockKeyTypo_ReportsLineWithSuggestion()
    {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="PreCoder">
              <Codes>
                <Code guid="4a1e8f3e-0000-4000-8000-000000000001" name="Motivations" isCodable="false">
                  <Description>--- precoder ---
            category_id: motivations</Description>
                  <Code guid="4a1e8f3e-0000-4000-8000-000000000002" name="Money" isCodable="true">
                    <Description>Joined for a salary.

            --- precoder ---
            id: mot_money
            unit: interview
            exlusion: Wanting luxuries.
            role: boss</Description>
                  </Code>
                </Code>
              </Codes>
            </CodeBook>
            """;

        var result = CodebookQdc.Read(xml, "typo.qdc");

        var typo = Diagnose.HasError(result, 13, "unknown key 'exlusion'");
        Assert.Equal("did you mean 'exclusion'?", typo.Hint);
        Diagnose.HasError(result, 14, "bad role 'boss'");
    }

    [Fact]
    public void Read_NotACodebook_ReportsRootElement()
    {
        var result = CodebookQdc.Read("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>", "p.qdc");

        Diagnose.HasError(result, 1, "expected a REFI-QDA <CodeBook> root element, found <Project>");
    }

    [Fact]
    public void Read_BrokenXml_ReportsLine()
    {
        var result = CodebookQdc.Read("<CodeBook>\n  <Codes>\n</CodeBook>", "b.qdc");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("XML syntax error", error.Message);
    }
}
