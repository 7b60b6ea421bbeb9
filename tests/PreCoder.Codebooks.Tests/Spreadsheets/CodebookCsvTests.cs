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
    public void Write_ReadBackWithSideFile_Lossless()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var back = CodebookCsv.Read(CodebookCsv.Write(codebook), "full.csv", CodebookCsv.WriteSideFile(codebook));

        Diagnose.Clean(back);
        CodebookAssert.Equivalent(codebook, back.Codebook!);
    }

    [Fact]
    public void Write_FirstLine_IsTheHeader()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var lines = CodebookCsv.Write(codebook).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith(Columns + ",", lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith('#'));
    }

    [Fact]
    public void Write_TableAlone_ReadsWithEveryScaleSpelledOut()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var back = CodebookCsv.Read(CodebookCsv.Write(codebook), "full.csv");

        Assert.True(back.Succeeded, string.Join("\n", back.Diagnostics));
        Assert.Equal(codebook.Variables.Select(v => v.Id), back.Codebook!.Variables.Select(v => v.Id));
        foreach (var (e, a) in codebook.Variables.Zip(back.Codebook.Variables))
        {
            Assert.True(Scales.ScaleEquality.SameContent(e.Scale, a.Scale), $"scale of {e.Id} differs");
        }
    }

    [Fact]
    public void Save_Csv_WritesPlainTableAndSideFileThatLoadsBack()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;
        var path = _temp.File("full.csv");

        CodebookFiles.Save(codebook, path);

        Assert.StartsWith(Columns + ",", File.ReadLines(path).First());
        Assert.StartsWith("#id,full", File.ReadLines(CodebookCsv.SideFilePath(path)).First());
        Assert.EndsWith("full.meta.csv", CodebookCsv.SideFilePath(path));
        CodebookAssert.Equivalent(codebook, CodebookFiles.Load(path));
    }

    [Fact]
    public void Read_BadSideFileRow_ErrorNamesSideFileAndLine()
    {
        var path = _temp.Write("s.csv", $"{Columns}\nvul_a,A,V,X.,,,,\n");
        _temp.Write("s.meta.csv", "#id,s\n#colour,blue\n");

        var result = CodebookFiles.Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((CodebookCsv.SideFilePath(path), 2), (error.File, error.Line));
        Assert.Contains("unknown codebook row '#colour'", error.Message);
    }

    [Fact]
    public void Read_OrdinalWithEmptyAnchors_ImportsWithWarning()
    {
        var path = _temp.Write("likert5.csv", $"""
            {Columns}
            att_trust,Trust,Attitudes,How much they trust the group.,ordinal:1..5,,,
            """);

        var result = CodebookFiles.Read(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var scale = result.Codebook!.Find("att_trust")!.Scale;
        Assert.Equal((1d, 5d, 0), (scale.Min!.Value, scale.Max!.Value, scale.Anchors.Count));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains("is ordinal but has no anchors", warning.Message);
    }

    [Fact]
    public void Read_OldFileWithCodebookRowsAboveHeader_StillReads()
    {
        var path = _temp.Write("old.csv", $"#id,old\n#category,vul,Vulnerabilities\n{Columns}\nvul_a,A,vul,X.,,,,\n");

        var result = CodebookFiles.Read(path);

        Diagnose.Clean(result);
        Assert.Equal(("old", "vul"), (result.Codebook!.Id, result.Codebook.Variables[0].Category));
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
