using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PreCoder.Store.Studies;

namespace PreCoder.Cli.Tests;

/// <summary>The README's first command: the whole sample study, offline, from codebook to reports.</summary>
public sealed class SamplePipelineTests
{
    [Fact]
    public async Task Run_SampleStudyPipeline_SuggestionsVerbatimAndReportsWritten()
    {
        using var dir = new TempDirectory();
        var study = dir.Sub("sample-study");
        await SampleStudy.Ok("run", RepoPaths.Combine("pipelines", "sample-study.yaml"), "--study", study, "--input", RepoPaths.Sample());

        var agreement = await File.ReadAllTextAsync(Path.Combine(study, "reports", "agreement.md"));
        Assert.Contains("ayse vs jonas", agreement);
        Assert.Contains("machine:embedded vs ayse", agreement);
        Assert.Contains("machine:embedded vs consensus", agreement);
        var tables = await File.ReadAllTextAsync(Path.Combine(study, "reports", "tables-by-gender.md"));
        Assert.Contains("| Poverty |", tables);
        Assert.Contains("N/A", tables);

        // Every quote of every suggestion, as exported, is the stored passage text at its offsets.
        var export = await SampleStudy.Ok("suggestions", "export", "--study", study, "--format", "json");
        using var doc = JsonDocument.Parse(export.Stdout);
        await using var db = new StudyDatabase(new StudyFolder(study), new StoreOptions()).CreateContext();
        var passages = (await db.Passages.AsNoTracking().ToListAsync()).ToDictionary(p => (p.InterviewId, p.Id));
        var suggestions = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement : doc.RootElement.GetProperty("suggestions");
        var quotes = 0;
        foreach (var s in suggestions.EnumerateArray())
        {
            var interview = s.GetProperty("interview").GetString()!;
            foreach (var q in s.GetProperty("evidence").EnumerateArray())
            {
                var passage = passages[(interview, q.GetProperty("passage").GetString()!)];
                var source = q.GetProperty("english").GetBoolean() ? passage.English! : passage.Text;
                Assert.Equal(source.Substring(q.GetProperty("start").GetInt32(), q.GetProperty("length").GetInt32()), q.GetProperty("text").GetString());
                quotes++;
            }
        }
        Assert.True(quotes > 50, $"only {quotes} quotes");

        var machine = await SampleStudy.Ok("codes", "export", "--study", study, "--coder", "machine");
        Assert.True(machine.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1000);
    }
}
