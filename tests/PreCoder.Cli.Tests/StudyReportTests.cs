using System.Text.Json;

namespace PreCoder.Cli.Tests;

/// <summary><c>report --by gender</c> on the sample study: every table in every format, from a chosen code source.</summary>
public sealed class StudyReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Report_SampleStudyEveryFormat_AllTablesAndSource()
    {
        var study = await SampleStudy.CreateAsync(_dir);

        var md = (await SampleStudy.Ok("report", "--study", study, "--by", "gender", "--coder", "consensus")).Stdout;
        var json = (await SampleStudy.Ok("report", "--study", study, "--by", "gender", "--format", "json")).Stdout;
        var csv = (await SampleStudy.Ok("report", "--study", study, "--by", "gender", "--format", "csv")).Stdout;
        var xlsx = _dir.Sub("tables.xlsx");
        await SampleStudy.Ok("report", "--study", study, "--by", "gender", "--format", "xlsx", "--out", xlsx);
        var html = _dir.Sub("tables.html");
        var charts = _dir.Sub("charts");
        await SampleStudy.Ok("report", "--study", study, "--by", "gender", "--format", "html", "--out", html, "--charts", charts);

        Assert.Contains("Codes: consensus of ayse, jonas", md);
        Assert.Contains("## Demographics by gender (female n=3, male n=7)", md);
        Assert.Contains("| age_joined | male | 24.71 | 7.59 | 16-38 | 7 |", md);
        Assert.Contains("## Roles in ISIS", md);
        Assert.Contains("| Variable | female Reported | male Reported | female n | male n |", md);
        Assert.Contains("## Radicalization level", md);
        Assert.Contains("N/A", md);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("coder ayse", doc.RootElement.GetProperty("codes").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("timepoints").GetProperty("means").GetArrayLength() / 2);
        Assert.StartsWith("table,section,variable,variable_name,group,statistic,value,n,missing", csv);
        Assert.True(new FileInfo(xlsx).Length > 1000);
        Assert.Contains("<svg", await File.ReadAllTextAsync(html));
        // Every chart as SVG and, beside it, as PNG.
        var svgs = Directory.GetFiles(charts, "*.svg");
        Assert.NotEmpty(svgs);
        Assert.All(svgs, svg => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.ChangeExtension(svg, ".png"))[..4]));
    }

    [Fact]
    public async Task Report_UnknownCoder_ExitThreeListingCoders()
    {
        var study = await SampleStudy.CreateAsync(_dir);

        var result = await CliRunner.RunAsync("report", "--study", study, "--by", "gender", "--coder", "ayes");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no coder 'ayes' (human coders: ayse, jonas", result.Stderr);
    }
}
