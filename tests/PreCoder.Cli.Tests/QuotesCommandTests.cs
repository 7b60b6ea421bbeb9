namespace PreCoder.Cli.Tests;

/// <summary><c>quotes</c> on the sample study: the evidence a paper's narrative is written from.</summary>
public sealed class QuotesCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Quotes_PovertyByGender_VerbatimQuotesWithSpeakerTimeAndCoder()
    {
        var study = await SampleStudy.CreateAsync(_dir);

        var md = (await SampleStudy.Ok("quotes", "--study", study, "--variable", "vul_poverty", "--by", "gender")).Stdout;
        var docx = _dir.Sub("poverty.docx");
        await SampleStudy.Ok("quotes", "--study", study, "--variable", "Poverty", "--format", "docx", "--out", docx);

        Assert.StartsWith("# Poverty (vul_poverty): ", md);
        Assert.Contains("## gender: female", md);
        Assert.Contains("> We ate bread and tea many days.", md);
        Assert.Contains("- int01, Mahmoud, 1:16, coder ayse (score 2)", md);
        Assert.True(new FileInfo(docx).Length > 500);
    }

    [Fact]
    public async Task Quotes_UnknownVariable_ExitThree()
    {
        var study = await SampleStudy.CreateAsync(_dir, withCodes: false);

        var result = await CliRunner.RunAsync("quotes", "--study", study, "--variable", "vul_povrty");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no variable 'vul_povrty'", result.Stderr);
    }
}
