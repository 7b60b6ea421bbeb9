using System.IO.Compression;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Reporting.Demographics;
using PreCoder.Reporting.Rendering;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyReports;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.StudyReports;

public sealed class StudyReportTests
{
    private static readonly Scale Radicalization = Scale.Likert4 with { Name = "radicalization" };

    private static readonly Codebook Codebook = new()
    {
        Id = "t",
        Name = "T",
        Categories = [new Category("vulnerabilities", "Vulnerabilities"), new Category("roles", "Roles in ISIS"), new Category("radicalization", "Radicalization level")],
        Variables =
        [
            Some.Likert("poverty"),
            Some.Binary("fighter"),
            new Variable { Id = "rad_prior", Name = "Prior", Category = "radicalization", Scale = Radicalization },
            new Variable { Id = "rad_peak", Name = "Peak", Category = "radicalization", Scale = Radicalization },
            new Variable { Id = "rad_present", Name = "Present", Category = "radicalization", Scale = Radicalization },
        ],
    };

    private static readonly StudyInterview[] Interviews =
    [
        new("i1", new Dictionary<string, string> { ["gender"] = "male", ["age"] = "20", ["ses"] = "lower" }),
        new("i2", new Dictionary<string, string> { ["gender"] = "male", ["age"] = "30", ["ses"] = "middle" }),
        new("i3", new Dictionary<string, string> { ["gender"] = "male", ["ses"] = "middle" }),
        new("i4", new Dictionary<string, string> { ["gender"] = "female", ["age"] = "25" }),
    ];

    private static CodeSource Codes() => new("ayse", "coder ayse", new Dictionary<(string, string), Score>
    {
        [("i1", "poverty")] = Score.Of(2), [("i2", "poverty")] = Score.Of(0), [("i3", "poverty")] = Score.Missing("refused"),
        [("i1", "fighter")] = Score.Of(1), [("i2", "fighter")] = Score.Of(0),
        [("i1", "rad_prior")] = Score.Of(1), [("i1", "rad_peak")] = Score.Of(3), [("i1", "rad_present")] = Score.Of(0),
        [("i2", "rad_prior")] = Score.Of(2), [("i2", "rad_peak")] = Score.Of(2),
        [("i3", "rad_peak")] = Score.Of(3), [("i3", "rad_present")] = Score.Of(1),
    });

    private static StudyReport CreateSut() => StudyReportBuilder.Build("gender", Codebook, Interviews, Codes());

    [Fact]
    public void Build_Demographics_NumericWithMissingAndSharesOfWholeGroup()
    {
        var demographics = CreateSut().Demographics;

        Assert.Equal(["female", "male"], demographics.Groups);
        var age = demographics.Rows.Single(r => r.Attribute == "age").Cells.Single(c => c.Group == "male").Numeric!;
        Assert.Equal((2, 1, 25.0, 20.0, 30.0), (age.N, age.Missing, age.Mean, age.Min, age.Max));
        Assert.Equal(Math.Sqrt(50), age.StandardDeviation, 12);
        var ses = demographics.Rows.Single(r => r.Attribute == "ses").Cells.Single(c => c.Group == "female").Shares;
        Assert.Equal([new CategoryShare(null, 1, 100.0)], ses);
    }

    [Fact]
    public void Build_Timepoints_MeansPerPointAndPairedChange()
    {
        var t = CreateSut().Timepoints!;

        Assert.Equal(["rad_prior", "rad_peak", "rad_present"], t.Timepoints.Select(p => p.Id));
        var male = t.Means.Select(m => m.Single(c => c.Group == "male")).ToArray();
        Assert.Equal([1.5, 8.0 / 3, 0.5], male.Select(c => c.Mean));
        Assert.Equal([2, 3, 2], male.Select(c => c.N));
        // Peak -> present is paired: i1 3 -> 0 and i3 3 -> 1, i2 has no present score.
        var change = t.Changes[1].Single(c => c.Group == "male");
        Assert.Equal((2, -2.5), (change.N, change.MeanChange));
    }

    [Fact]
    public void Grids_BinaryCategory_PresenceOnlyAndTimepointsNotInScoreTables()
    {
        var grids = StudyReportGrids.Build(CreateSut());

        Assert.Equal(["demographics", "scores", "presence", "timepoints"], grids.Select(g => g.Kind));
        var roles = grids.Single(g => g.Title == "Roles in ISIS");
        Assert.Equal(["Variable", "female Reported", "male Reported", "female n", "male n"], roles.Header);
        Assert.Equal(["FIGHTER", "-", "50.0%", "0 (1 missing)", "2 (1 missing)"], roles.Rows.Single());
        var poverty = grids.Single(g => g.Title == "Vulnerabilities").Rows.Single();
        Assert.Equal(["POVERTY", "-", "50.0%", "-", "1.00", "0 (1 missing)", "2 (1 missing)"], poverty);
        Assert.Contains(grids.Single(g => g.Kind == "timepoints").Rows, r => r[0] == "Change: Peak to Present" && r[2] == "-2.50");
    }

    [Fact]
    public void Render_CsvTidy_OneFigurePerLineWithN()
    {
        var writer = new StringWriter();

        StudyReportRenderer.Csv(CreateSut(), writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("table,section,variable,variable_name,group,statistic,value,n,missing", lines[0]);
        Assert.Contains("scores,Vulnerabilities,poverty,POVERTY,male,average_score,1,2,1", lines);
        Assert.Contains("presence,Roles in ISIS,fighter,FIGHTER,male,mentioned_percent,50,2,1", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("presence,") && l.Contains("average_score"));
        Assert.Contains("timepoints,Radicalization level,rad_peak->rad_present,change,male,mean_change,-2.5,2,", lines);
    }

    [Fact]
    public void Render_HtmlAndXlsx_SameTablesWithChart()
    {
        var report = CreateSut();
        var html = new StringWriter();
        using var xlsx = new MemoryStream();

        StudyReportRenderer.Html(report, html);
        StudyReportXlsx.Write(report, xlsx);

        Assert.Contains("<svg", html.ToString());
        Assert.Contains("<title>male: 50.0% (n=2)</title>", html.ToString());
        using var zip = new ZipArchive(new MemoryStream(xlsx.ToArray()));
        var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
        foreach (var sheet in new[] { "Read me", "Demographics by gender (female", "Vulnerabilities", "Roles in ISIS", "Radicalization level" })
        {
            Assert.Contains($"name=\"{sheet}", workbook);
        }
    }
}
