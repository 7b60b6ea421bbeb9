using System.Text;
using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Transcripts;
using PreCoder.Store.Studies;

namespace PreCoder.Cli.Tests;

/// <summary>
/// A study coded at the segment level only: the coder tagged each interviewee passage for one passage-level variable
/// and gave no interview-level scores. train, precode --classifier trained and evaluate must all work from that.
/// </summary>
public sealed class PassageTrainingTests
{
    private const string Codebook = """
        schema: precoder-codebook/1
        id: segments
        name: Segment coding
        categories:
          - {id: segments, name: Segments}
        variables:
          - id: pas_pay
            name: Turn talks about pay
            category: segments
            scale: binary
            unit: passage
            role: interviewee
            definition: The turn talks about money, a salary or material benefits.
            indicators: ["they paid me a salary", "money for my family"]
        """;

    [Fact]
    public async Task Train_PassageCodesOnly_SavesPassageModelProposesTagsAndEvaluates()
    {
        using var dir = new TempDirectory();
        var study = dir.Sub("study");
        var book = Path.Combine(dir.Path, "segments.yaml");
        await File.WriteAllTextAsync(book, Codebook);
        await SampleStudy.Ok("init", study);
        await SampleStudy.Ok("codebook", "import", book, "--study", study);
        await SampleStudy.Ok("ingest", RepoPaths.Sample("transcripts"), "--study", study);
        var codes = Path.Combine(dir.Path, "tags.csv");
        await File.WriteAllTextAsync(codes, await TagsAsync(study));
        await SampleStudy.Ok("codes", "import", codes, "--study", study);

        var train = await SampleStudy.Ok("train", "--study", study, "--coder", "ayse", "--folds", "3");
        await SampleStudy.Ok("precode", "--study", study, "--classifier", "trained");
        var evaluate = await SampleStudy.Ok("evaluate", "--study", study, "--coder", "ayse", "--classifier", "trained", "--folds", "3");

        var models = Path.Combine(study, "models");
        Assert.True(File.Exists(Path.Combine(models, "trained-ayse.json")));
        Assert.True(File.Exists(Path.Combine(models, "trained-ayse.passage-pas_pay.zip")));
        Assert.False(File.Exists(Path.Combine(models, "trained-ayse.zip")));
        Assert.Contains("1 passage-level variables learned", train.Stdout);
        Assert.Matches(@"passage macro-F1 0\.\d\d", train.Stdout);
        Assert.Matches(@"passage-level pas_pay: \d+ passages, accuracy 0\.\d\d, macro-F1 0\.\d\d", evaluate.Stdout);
        var machine = (await SampleStudy.Ok("codes", "export", "--study", study, "--coder", "machine")).Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.NotEmpty(machine);
        Assert.All(machine, row =>
        {
            Assert.Equal("pas_pay", row[2]);
            Assert.NotEqual("", row[1]);
            Assert.Contains(row[4], new[] { "0", "1" });
        });
    }

    /// <summary>ayse's tags: 1 on every interviewee passage that mentions money, a salary or pay, 0 on the others.</summary>
    private static async Task<string> TagsAsync(string study)
    {
        await using var db = new StudyDatabase(new StudyFolder(study), new StoreOptions()).CreateContext();
        var passages = await db.Passages.AsNoTracking().Where(p => p.Role == SpeakerRole.Interviewee).ToListAsync();
        var csv = new StringBuilder("interview,passage,variable,coder,score,evidence\n");
        foreach (var p in passages.OrderBy(p => p.InterviewId, StringComparer.Ordinal).ThenBy(p => p.Index))
        {
            var text = p.English ?? p.Text;
            var pay = text.Contains("money", StringComparison.Ordinal) || text.Contains("salary", StringComparison.Ordinal) || text.Contains("paid", StringComparison.Ordinal);
            csv.Append($"{p.InterviewId},{p.Id},pas_pay,ayse,{(pay ? 1 : 0)},\n");
        }
        return csv.ToString();
    }
}
