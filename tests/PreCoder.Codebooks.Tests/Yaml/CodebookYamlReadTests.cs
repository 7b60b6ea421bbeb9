using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Files;
using PreCoder.Codebooks.Tests.Support;

namespace PreCoder.Codebooks.Tests.Yaml;

public sealed class CodebookYamlReadTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Variables are appended after Some.Header, so the first variable line is HeaderLines + 1.
    private const int L = Some.HeaderLines;

    private (CodebookReadResult Result, string Path) ReadVariables(string variables)
    {
        var path = _temp.Write("codebook.yaml", Some.Header + variables);
        return (CodebookFiles.Read(path), path);
    }

    [Fact]
    public void Read_ValidVariables_NoDiagnostics()
    {
        var (result, _) = ReadVariables("""
              - {id: vul_a, name: A, category: vulnerabilities, definition: Something.}
              - {id: dem_g, name: Gender, category: demographics, scale: gender}
            """);

        Diagnose.Clean(result);
        Assert.Equal(["vul_a", "dem_g"], result.Codebook!.Variables.Select(v => v.Id));
    }

    [Fact]
    public void Read_DuplicateVariableId_ReportsFileLineAndFirstLine()
    {
        var (result, path) = ReadVariables("""
              - id: vul_a
                name: A
                category: vulnerabilities
                definition: First.
              - id: vul_a
                name: B
                category: vulnerabilities
                definition: Second.
            """);

        var error = Diagnose.HasError(result, L + 5, "duplicate variable id 'vul_a'", $"line {L + 1}");
        Assert.Equal(path, error.File);
        Assert.StartsWith($"{path}:{L + 5}: duplicate variable id", error.ToInputException().Message);
    }

    [Fact]
    public void Read_DuplicateVariableNameInOtherCase_ReportsError()
    {
        var (result, _) = ReadVariables("""
              - {id: vul_a, name: Poverty, category: vulnerabilities, definition: First.}
              - {id: vul_b, name: poverty, category: vulnerabilities, definition: Second.}
            """);

        Diagnose.HasError(result, L + 2, "duplicate variable name 'poverty'");
    }

    [Fact]
    public void Read_DuplicateCategoryId_ReportsError()
    {
        var path = _temp.Write("codebook.yaml", Some.Header.Replace("  - {id: demographics, name: Demographics}", "  - {id: vulnerabilities, name: Other}") + "  - {id: vul_a, name: A, category: vulnerabilities, definition: X.}\n");

        var result = CodebookFiles.Read(path);

        Diagnose.HasError(result, 10, "duplicate category id 'vulnerabilities'");
    }

    [Fact]
    public void Read_EmptyDefinitionOutsideDemographics_ReportsErrorWithHint()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: A
                category: vulnerabilities
                definition: ""
              - {id: dem_g, name: Gender, category: demographics, scale: gender}
            """);

        var error = Diagnose.HasError(result, L + 4, "variable 'vul_a' has an empty definition");
        Assert.Contains("definition:", error.Hint);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Read_OrdinalScaleWithoutAnchors_WarnsAtScaleAndImports()
    {
        var path = _temp.Write("codebook.yaml", Some.Header.Replace(
            "  gender: {kind: nominal, categories: [male, female]}",
            "  gender: {kind: nominal, categories: [male, female]}\n  weight:\n    kind: ordinal\n    min: 0\n    max: 2")
            + "  - {id: vul_a, name: A, category: vulnerabilities, scale: weight, definition: X.}\n");

        var result = CodebookFiles.Read(path);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((8, "scale 'weight' is ordinal but has no anchors"), (warning.Line, warning.Message));
        Assert.Contains("anchors:", warning.Hint);
    }

    [Fact]
    public void Read_AnchorOutsideMinMax_ReportsErrorAtAnchorLine()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: A
                category: vulnerabilities
                definition: Something.
                scale:
                  kind: ordinal
                  min: 0
                  max: 2
                  anchors:
                    0: None
                    1: Some
                    2: Much
                    5: Off the scale
            """);

        var error = Diagnose.HasError(result, L + 13, "anchor 5 of the scale of variable 'vul_a' is outside the scale 0..2");
        Assert.Contains("min/max", error.Hint);
    }

    [Fact]
    public void Read_BinaryAnchorTwo_ReportsOutsideScale()
    {
        var path = _temp.Write("codebook.yaml", Some.Header.Replace("{0: Not reported, 1: Reported}", "{0: Not reported, 1: Reported, 2: Often}")
            + "  - {id: rol_a, name: A, category: vulnerabilities, scale: presence, definition: X.}\n");

        var result = CodebookFiles.Read(path);

        Diagnose.HasError(result, 6, "anchor 2 of scale 'presence' is outside the scale 0..1");
    }

    [Fact]
    public void Read_UnknownScaleName_SuggestsClosest()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: A
                category: vulnerabilities
                scale: likrt4
                definition: Something.
            """);

        var error = Diagnose.HasError(result, L + 4, "unknown scale 'likrt4'");
        Assert.Equal("did you mean 'likert4'?", error.Hint);
    }

    [Fact]
    public void Read_UnknownCategory_SuggestsClosest()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: A
                category: vulnerabilites
                definition: Something.
            """);

        var error = Diagnose.HasError(result, L + 3, "unknown category 'vulnerabilites'");
        Assert.Equal("did you mean 'vulnerabilities'?", error.Hint);
    }

    [Fact]
    public void Read_MisspelledKey_SuggestsKnownKey()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: A
                category: vulnerabilities
                defintion: Something.
            """);

        var error = Diagnose.HasError(result, L + 4, "unknown key 'defintion' in variable 'vul_a'");
        Assert.Equal("did you mean 'definition'?", error.Hint);
    }

    [Fact]
    public void Read_MisspelledTopLevelKey_SuggestsKnownKey()
    {
        var path = _temp.Write("codebook.yaml", Some.Header.Replace("categories:", "categorys:"));

        var result = CodebookFiles.Read(path);

        var error = Diagnose.HasError(result, 8, "unknown key 'categorys' in the codebook");
        Assert.Equal("did you mean 'categories'?", error.Hint);
    }

    [Fact]
    public void Read_BadUnit_ListsAllowedValues()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: A
                category: vulnerabilities
                unit: paragraph
                definition: Something.
            """);

        var error = Diagnose.HasError(result, L + 4, "variable 'vul_a' has bad unit 'paragraph'");
        Assert.Contains("interview", error.Hint);
        Assert.Contains("passage", error.Hint);
    }

    [Fact]
    public void Read_BadRoleTypo_SuggestsClosest()
    {
        var (result, _) = ReadVariables("""
              - {id: vul_a, name: A, category: vulnerabilities, role: interviwee, definition: X.}
            """);

        var error = Diagnose.HasError(result, L + 1, "bad role 'interviwee'");
        Assert.Equal("did you mean 'interviewee'?", error.Hint);
    }

    [Theory]
    [InlineData("gender")]
    [InlineData("gender==male")]
    [InlineData("=male")]
    [InlineData("gender=male|")]
    public void Read_BadAppliesTo_ReportsSyntaxHint(string appliesTo)
    {
        var (result, _) = ReadVariables($"""
              - id: vul_a
                name: A
                category: vulnerabilities
                applies_to: "{appliesTo}"
                definition: Something.
            """);

        var error = Diagnose.HasError(result, L + 4, $"bad applies_to '{appliesTo}'");
        Assert.Contains("attribute=value", error.Hint);
    }

    [Theory]
    [InlineData("gender=male")]
    [InlineData("gender=male|female")]
    [InlineData("local_foreign = local_iraqi | local_syrian")]
    public void Read_GoodAppliesTo_Accepted(string appliesTo)
    {
        var (result, _) = ReadVariables($$"""
              - {id: vul_a, name: A, category: vulnerabilities, applies_to: "{{appliesTo}}", definition: X.}
            """);

        Diagnose.Clean(result);
        Assert.Equal(appliesTo, result.Codebook!.Variables[0].AppliesTo);
    }

    [Fact]
    public void Read_ManyProblems_ReportsAllInLineOrder()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: A
                category: vulnerabilities
                definition: Fine.
              - id: vul_a
                name: B
                category: nowhere
                unit: paragraph
                scale: likrt4
                defintion: typo
            """);

        var lines = result.Errors.Select(e => e.Line).ToList();
        Assert.Equal(6, result.Errors.Count());
        Assert.Equal(lines.Order().ToList(), lines);
        Diagnose.HasError(result, L + 5, "duplicate variable id");
        Diagnose.HasError(result, L + 7, "unknown category 'nowhere'");
        Diagnose.HasError(result, L + 8, "bad unit");
        Diagnose.HasError(result, L + 9, "unknown scale");
        Diagnose.HasError(result, L + 10, "unknown key 'defintion'");
        Diagnose.HasError(result, L + 5, "empty definition");
    }

    [Fact]
    public void Read_YamlSyntaxError_ReportsLine()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: [unclosed
                category: vulnerabilities
            """);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("YAML syntax error", error.Message);
        Assert.InRange(error.Line ?? 0, L + 2, L + 4);
        Assert.Null(result.Codebook);
    }

    [Fact]
    public void Read_DuplicateYamlKey_ReportsBothLines()
    {
        var (result, _) = ReadVariables("""
              - id: vul_a
                name: A
                name: B
                category: vulnerabilities
                definition: X.
            """);

        Diagnose.HasError(result, L + 3, "duplicate key 'name'", $"line {L + 2}");
    }

    [Fact]
    public void Read_WrongSchema_ReportsSupportedSchema()
    {
        var path = _temp.Write("codebook.yaml", Some.Header.Replace("precoder-codebook/1", "precoder-codebook/9"));

        var result = CodebookFiles.Read(path);

        var error = Diagnose.HasError(result, 1, "unsupported schema 'precoder-codebook/9'");
        Assert.Contains("precoder-codebook/1", error.Hint);
    }

    [Fact]
    public void Read_ScaleOmitted_DefaultsToLikert4()
    {
        var (result, _) = ReadVariables("  - {id: vul_a, name: A, category: vulnerabilities, definition: X.}\n");

        Diagnose.Clean(result);
        var variable = result.Codebook!.Variables[0];
        Assert.Same(result.Codebook.Scales.Single(s => s.Name == "likert4"), variable.Scale);
    }

    [Theory]
    [InlineData("binary", "binary")]
    [InlineData("\"ordinal:0..2\"", "no anchors")]
    [InlineData("\"nominal:a|b|c\"", "nominal:a|b|c")]
    [InlineData("numeric", "numeric")]
    [InlineData("\"numeric:0..100\"", "numeric:0..100")]
    public void Read_NotationScale_ResolvesOrWarnsOfMissingAnchors(string scale, string expected)
    {
        var (result, _) = ReadVariables($"  - {{id: vul_a, name: A, category: vulnerabilities, scale: {scale}, definition: X.}}\n");

        if (expected == "no anchors")
        {
            Assert.True(result.Succeeded);
            Assert.Contains("is ordinal but has no anchors", Assert.Single(result.Warnings).Message);
        }
        else
        {
            Diagnose.Clean(result);
            Assert.Equal(expected, result.Codebook!.Variables[0].Scale.Name);
        }
    }
}
