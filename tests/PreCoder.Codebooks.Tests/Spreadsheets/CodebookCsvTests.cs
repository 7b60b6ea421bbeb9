using PreCoder.Codebooks.Files;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;

namespace PreCoder.Codebooks.Tests.Spreadsheets;

public sealed class CodebookCsvTests : IDisposable
{
    private const string Columns = "id,name,category,definition,scale,anchors,unit,role";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Write_ReadBack_Lossless()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var back = CodebookCsv.Read(CodebookCsv.Write(codebook), "full.csv");

        Diagnose.Clean(back);
        CodebookAssert.Equivalent(codebook, back.Codebook!);
    }

    [Fact]
    public void Write_FirstColumns_ExactlyAsSpecified()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var header = CodebookCsv.Write(codebook).Split("\r\n").First(l => !l.StartsWith('#'));

        Assert.StartsWith(Columns + ",", header);
    }

    [Fact]
    public void Read_PlainSheet_CategoriesFromColumnAndDefaults()
    {
        var path = _temp.Write("My Study.csv", $"""
            {Columns},indicators,applies_to
            vul_poverty,Poverty,Psycho-social vulnerabilities,"Lacked money, food or housing.",,,,,"we had nothing|no food",
            rol_fighter,Fighter,Roles,Fought.,binary,,passage,any,,gender=male
            dem_age,Age,Demographics,,numeric:0..100,,,,,
            mot_pay,Pay,Motivations,Joined for a salary.,ordinal:0..2,0=No;1=Some; mentioned;2=Main,,,,
            """);

        var result = CodebookFiles.Read(path);

        Diagnose.Clean(result);
        var codebook = result.Codebook!;
        Assert.Equal("my_study", codebook.Id);
        Assert.Equal(["psycho_social_vulnerabilities", "roles", "demographics", "motivations"], codebook.Categories.Select(c => c.Id));
        Assert.Equal("Psycho-social vulnerabilities", codebook.Categories[0].Name);
        var poverty = codebook.Find("vul_poverty")!;
        Assert.Equal("likert4", poverty.Scale.Name);
        Assert.Equal(["we had nothing", "no food"], poverty.Indicators);
        var fighter = codebook.Find("rol_fighter")!;
        Assert.Equal((Core.Codebooks.CodingUnit.Passage, Core.Codebooks.RoleFilter.Any, "gender=male"), (fighter.Unit, fighter.Role, fighter.AppliesTo));
        Assert.Equal((0d, 100d), (codebook.Find("dem_age")!.Scale.Min!.Value, codebook.Find("dem_age")!.Scale.Max!.Value));
        Assert.Equal("Some; mentioned", codebook.Find("mot_pay")!.Scale.Anchors[1]);
    }

    [Fact]
    public void Read_BadCells_ReportEveryRowWithLine()
    {
        var path = _temp.Write("bad.csv", $"""
            {Columns}
            vul_a,A,Vulnerabilities,"A definition
            spanning two lines.",likrt4,,,
            vul_b,B,Vulnerabilities,Defined.,,,paragraph,
            vul_c,C,Vulnerabilities,,ordinal:0..2,0=No;5=Too high,,boss
            vul_a,D,Vulnerabilities,Defined.,,,,
            """);

        var result = CodebookFiles.Read(path);

        Assert.Equal("did you mean 'likert4'?", Diagnose.HasError(result, 2, "unknown scale 'likrt4'").Hint);
        Diagnose.HasError(result, 4, "bad unit 'paragraph'");
        Diagnose.HasError(result, 5, "bad role 'boss'");
        Diagnose.HasError(result, 5, "empty definition");
        Diagnose.HasError(result, 5, "anchor 5", "outside the scale 0..2");
        Diagnose.HasError(result, 6, "duplicate variable id 'vul_a'", "line 2");
        Assert.All(result.Errors, e => Assert.Equal(path, e.File));
    }

    [Fact]
    public void Read_WrongHeader_NamesExpectedColumns()
    {
        var path = _temp.Write("h.csv", "id,name,category,scale,definition\nvul_a,A,V,,X\n");

        var result = CodebookFiles.Read(path);

        var error = Diagnose.HasError(result, 1, "column 4 of the header must be 'definition', found 'scale'");
        Assert.Contains(Columns, error.Hint);
    }

    [Fact]
    public void Read_MisspelledExtraColumn_WarnsWithSuggestion()
    {
        var path = _temp.Write("w.csv", $"{Columns},inclusoin\nvul_a,A,V,X.,,,,,\n");

        var result = CodebookFiles.Read(path);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((1, "did you mean 'inclusion'?"), (warning.Line, warning.Hint));
    }
}
