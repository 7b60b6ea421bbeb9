using System.IO.Compression;
using System.Xml.Linq;

namespace PreCoder.Cli.Tests;

/// <summary><c>export qdpx</c> on the sample study: a REFI-QDA project whose every coded selection is a quote the coders cited.</summary>
public sealed class ExportQdpxTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ExportQdpx_SampleStudy_SelectionsAreCitedQuotesAndCasesHoldScores()
    {
        var study = await SampleStudy.CreateAsync(_dir);
        var file = _dir.Sub("pilot.qdpx");

        var result = await SampleStudy.Ok("export", "qdpx", "--study", study, "--out", file);

        Assert.Contains("10 interviews", result.Stdout);
        XNamespace q = "urn:QDA-XML:project:1.0";
        using var zip = ZipFile.OpenRead(file);
        var project = XDocument.Load(zip.GetEntry("project.qde")!.Open());
        var quotes = (await SampleStudy.Ok("codes", "export", "--study", study)).Stdout;
        var sources = project.Descendants(q + "TextSource").ToArray();
        Assert.Equal(10, sources.Length);
        var selections = 0;
        foreach (var source in sources)
        {
            var text = new StreamReader(zip.GetEntry($"Sources/{source.Attribute("guid")!.Value}.txt")!.Open()).ReadToEnd();
            foreach (var selection in source.Elements(q + "PlainTextSelection"))
            {
                var selected = text[(int)selection.Attribute("startPosition")!..(int)selection.Attribute("endPosition")!];
                // The codes CSV doubles quote marks inside a field.
                Assert.Contains(selected.Replace("\"", "\"\""), quotes);
                selections++;
            }
        }
        Assert.True(selections > 20, $"only {selections} selections");
        Assert.Contains(project.Descendants(q + "IntegerValue"), v => v.Value is "1" or "2" or "3");
        Assert.Equal(["ayse", "jonas"], project.Descendants(q + "User").Select(u => u.Attribute("name")!.Value));
    }
}
