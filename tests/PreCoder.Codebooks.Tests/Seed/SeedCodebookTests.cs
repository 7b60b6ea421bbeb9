using PreCoder.Codebooks.Files;
using PreCoder.Codebooks.Qdc;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Tests.Seed;

/// <summary>The repository's seed codebook (Speckhard &amp; Ellenberg 2020) read through every format.</summary>
public sealed class SeedCodebookTests : IDisposable
{
    private static readonly Lazy<Codebook> Seed = new(() => CodebookFiles.Load(RepoPaths.SeedCodebook));

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_SeedFile_ValidWithoutWarnings()
    {
        var result = CodebookFiles.Read(RepoPaths.SeedCodebook);

        Diagnose.Clean(result);
        Assert.Equal("isis-in-their-own-words", result.Codebook!.Id);
    }

    // Variable counts of the study's Tables 3-9, plus the radicalization timepoints and the innocence claim.
    [Theory]
    [InlineData("vulnerabilities", 22)]
    [InlineData("influences", 16)]
    [InlineData("motivations", 30)]
    [InlineData("roles", 24)]
    [InlineData("disillusionment", 19)]
    [InlineData("traumatic_experiences", 33)]
    [InlineData("will_to_fight", 21)]
    [InlineData("radicalization", 3)]
    [InlineData("innocence", 1)]
    public void Read_SeedFile_VariableCountPerCategoryMatchesStudyTables(string category, int count)
    {
        Assert.Equal(count, Seed.Value.Variables.Count(v => v.Category == category));
    }

    [Fact]
    public void Write_SeedYaml_StableAfterOneNormalisation()
    {
        var once = CodebookYaml.Write(Seed.Value);

        var twice = CodebookYaml.Write(CodebookYaml.Read(once, "once.yaml").GetCodebookOrThrow());

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Qdc_SeedRoundTrip_SameCodebook()
    {
        var back = CodebookQdc.Read(CodebookQdc.Write(Seed.Value), "seed.qdc");

        Diagnose.Clean(back);
        CodebookAssert.Equivalent(Seed.Value, back.Codebook!);
    }

    [Fact]
    public void Csv_SeedRoundTrip_SameCodebook()
    {
        var back = CodebookCsv.Read(CodebookCsv.Write(Seed.Value), "seed.csv", CodebookCsv.WriteSideFile(Seed.Value));

        Diagnose.Clean(back);
        CodebookAssert.Equivalent(Seed.Value, back.Codebook!);
    }

    [Fact]
    public void Xlsx_SeedRoundTrip_SameCodebook()
    {
        var path = _temp.File("seed.xlsx");

        CodebookFiles.Save(Seed.Value, path);

        CodebookAssert.Equivalent(Seed.Value, CodebookFiles.Load(path));
    }

    [Fact]
    public void Json_SeedRoundTrip_SameCodebook()
    {
        var path = _temp.File("seed.json");

        CodebookFiles.Save(Seed.Value, path);

        CodebookAssert.Equivalent(Seed.Value, CodebookFiles.Load(path));
    }
}
