using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Reporting.Matrices;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.Matrices;

public sealed class AnalysisMatrixTests
{
    private static readonly Codebook Codebook = new()
    {
        Id = "t",
        Name = "Test",
        MissingReasons = ["interview cut short", "refused"],
        Categories = [new Category("vulnerabilities", "Vulnerabilities"), new Category("roles", "Roles")],
        Variables =
        [
            Some.Likert("vul_poverty") with { Name = "Poverty \"basic\" needs" },
            Some.Likert("rol_wife", "roles", appliesTo: "gender=female"),
            new Variable { Id = "dem_marital", Name = "Marital status", Category = "demographics", Scale = Scale.Likert4 with { Name = "m", Kind = ScaleKind.Nominal, Min = 0, Max = 1, Anchors = new Dictionary<int, string>(), Categories = ["single", "married"] } },
            Some.Binary("if"),
        ],
    };

    private static readonly StudyInterview[] Interviews =
    [
        new("int02", new Dictionary<string, string> { ["gender"] = "female", ["age"] = "19" }),
        new("int01", new Dictionary<string, string> { ["gender"] = "male", ["age"] = "16.5" }),
    ];

    private static CodeSource Codes() => new("ayse", "coder ayse", new Dictionary<(string, string), Score>
    {
        [("int01", "vul_poverty")] = Score.Of(3),
        [("int02", "vul_poverty")] = Score.Missing("refused"),
        [("int02", "rol_wife")] = Score.Of(2),
        [("int01", "rol_wife")] = Score.Of(1), // applies_to wins: a male interviewee's code is not shown
        [("int01", "dem_marital")] = Score.Of(1),
        [("int02", "if")] = Score.Missing("no such reason"),
    });

    private static Reporting.Matrices.AnalysisMatrix Build() => AnalysisMatrixBuilder.Build(Codebook, Interviews, Codes());

    [Fact]
    public void Build_CellsAndColumns_MissingCodedNotApplicableAndNotCodedEmpty()
    {
        var matrix = Build();

        Assert.Equal(["interview", "gender", "age", "vul_poverty", "rol_wife", "dem_marital", "if_"], matrix.Columns.Select(c => c.Name));
        Assert.Equal(["int01", "male", "16.5", "3", "-99", "1", ""], matrix.Rows[0]);
        Assert.Equal(["int02", "female", "19", "-3", "2", "", "-1"], matrix.Rows[1]);
        Assert.True(matrix.Columns.Single(c => c.Name == "age").Numeric);
        Assert.False(matrix.Columns.Single(c => c.Name == "gender").Numeric);
    }

    [Fact]
    public void Csv_HeaderFirstQuotedWhereNeeded()
    {
        var writer = new StringWriter();

        MatrixCsvWriter.Write(Build(), writer);

        Assert.Equal("interview,gender,age,vul_poverty,rol_wife,dem_marital,if_\nint01,male,16.5,3,-99,1,\nint02,female,19,-3,2,,-1\n", writer.ToString());
    }

    [Fact]
    public void Spss_Syntax_ReadsCsvWithLabelsMissingValuesAndLevels()
    {
        var writer = new StringWriter();

        SpssSyntaxWriter.Write(Build(), "matrix.csv", writer);

        var sps = writer.ToString();
        Assert.Contains("GET DATA\n  /TYPE=TXT\n  /FILE=\"matrix.csv\"\n  /ENCODING='UTF8'", sps.ReplaceLineEndings("\n"));
        Assert.Contains("  /FIRSTCASE=2", sps);
        Assert.Contains("    interview A5\n    gender A6\n    age F8.2\n    vul_poverty F8.0\n", sps.ReplaceLineEndings("\n"));
        Assert.Contains("  vul_poverty \"Poverty \"\"basic\"\" needs\"", sps);
        // Likert variables share one label list: anchors, then every missing code.
        Assert.Contains("  vul_poverty rol_wife\n    0 \"Not present\"\n    1 \"Present but not important\"\n    2 \"Present and somewhat important\"\n    3 \"Present and very important\"\n    -1 \"missing\"\n    -2 \"missing: interview cut short\"\n    -3 \"missing: refused\"\n    -99 \"does not apply (applies_to)\"\n", sps.ReplaceLineEndings("\n"));
        Assert.Contains("  /dem_marital\n    0 \"single\"\n    1 \"married\"\n", sps.ReplaceLineEndings("\n"));
        Assert.Contains("MISSING VALUES vul_poverty rol_wife dem_marital if_ (LOWEST THRU -1).", sps);
        Assert.Contains("VARIABLE LEVEL\n  vul_poverty rol_wife if_ (ORDINAL)\n  /dem_marital (NOMINAL).", sps.ReplaceLineEndings("\n"));
        Assert.Contains("VARIABLE LEVEL age (SCALE).", sps);
        Assert.Contains("* Written by PreCoder: the analysis matrix of coder ayse.", sps);
    }

    [Fact]
    public void R_Script_LoadsCsvWithFactorLabelsAndMissingReasons()
    {
        var writer = new StringWriter();

        RScriptWriter.Write(Build(), "matrix.csv", writer);

        var r = writer.ToString();
        Assert.Contains("if (!exists(\"precoder_csv\")) precoder_csv <- \"matrix.csv\"", r);
        Assert.Contains("colClasses = c(\"interview\" = \"character\", \"gender\" = \"character\", \"age\" = \"numeric\", \"vul_poverty\" = \"numeric\"", r);
        Assert.Contains("precoder_missing_codes <- c(\"-1\" = \"missing\", \"-2\" = \"missing: interview cut short\", \"-3\" = \"missing: refused\", \"-99\" = \"does not apply (applies_to)\")", r);
        Assert.Contains("precoder[[\"vul_poverty\"]] <- factor(precoder[[\"vul_poverty\"]], levels = c(0, 1, 2, 3), labels = c(\"Not present\", \"Present but not important\", \"Present and somewhat important\", \"Present and very important\"), ordered = TRUE)", r);
        Assert.Contains("precoder[[\"dem_marital\"]] <- factor(precoder[[\"dem_marital\"]], levels = c(0, 1), labels = c(\"single\", \"married\"), ordered = FALSE)", r);
        Assert.Contains("attr(precoder[[\"vul_poverty\"]], \"label\") <- \"Poverty \\\"basic\\\" needs\"", r);
        Assert.Contains("precoder_scores[[v]][is_missing] <- NA", r);
    }
}
