using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Files;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;
using PreCoder.Core.Errors;

namespace PreCoder.Codebooks.Tests.Files;

public sealed class CodebookFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("c.yaml")]
    [InlineData("c.yml")]
    [InlineData("c.json")]
    [InlineData("c.qdc")]
    [InlineData("c.csv")]
    [InlineData("c.xlsx")]
    public void Save_Load_ByExtension_SameCodebook(string name)
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;
        var path = _temp.File(name);

        CodebookFiles.Save(codebook, path);
        var back = CodebookFiles.Load(path);

        CodebookAssert.Equivalent(codebook, back);
    }

    [Fact]
    public void Save_ExplicitFormat_OverridesExtension()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;
        var path = _temp.File("export.txt");

        CodebookFiles.Save(codebook, path, CodebookFormat.Json);

        Assert.StartsWith("{\n  \"schema\"", File.ReadAllText(path));
        CodebookAssert.Equivalent(codebook, CodebookFiles.Load(path, CodebookFormat.Json));
    }

    [Fact]
    public void Load_UnknownExtension_InputExceptionNamingFormats()
    {
        var path = _temp.Write("c.txt", "x");

        var ex = Assert.Throws<InputException>(() => CodebookFiles.Load(path));

        Assert.Equal(path, ex.File);
        Assert.Contains(".yaml", ex.Problem);
    }

    [Fact]
    public void Load_Invalid_CodebookExceptionWithAllErrors()
    {
        var path = _temp.Write("c.yaml", Some.Header + "  - {id: a, name: A, category: nope, unit: x}\n");

        var ex = Assert.Throws<CodebookException>(() => CodebookFiles.Load(path));

        Assert.Equal(3, ex.Errors.Count);
        Assert.All(ex.Errors, e => Assert.Equal((path, Some.HeaderLines + 1), (e.File, e.Line)));
    }

    [Fact]
    public void Load_MissingFile_InputException()
    {
        var ex = Assert.Throws<InputException>(() => CodebookFiles.Load(_temp.File("none.yaml")));

        Assert.Equal("file not found", ex.Problem);
    }

    [Theory]
    [InlineData("yaml", CodebookFormat.Yaml)]
    [InlineData(".YML", CodebookFormat.Yaml)]
    [InlineData("refi", CodebookFormat.Qdc)]
    [InlineData("xlsx", CodebookFormat.Xlsx)]
    public void TryParse_FormatNames_Recognised(string name, CodebookFormat expected)
    {
        Assert.True(CodebookFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }
}
