using Microsoft.EntityFrameworkCore;
using PreCoder.Application.Passages;
using PreCoder.Core.Transcripts;

namespace PreCoder.Cli.Tests;

/// <summary>Rebuilt passages must not leave coders' evidence pointing at the wrong text, nor drop it.</summary>
public sealed class EvidenceReanchoringTests
{
    private static async Task<(string Study, string Variable, string Quote)> CodedStudyAsync(TempDirectory dir, string transcript)
    {
        var study = dir.Sub("s");
        await SampleStudy.Ok("init", study);
        await SampleStudy.Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study);
        await SampleStudy.Ok("ingest", transcript, "--study", study);
        const string quote = "My mother sold her gold, the little she had, to pay the debts at the shop.";
        await SampleStudy.Ok("decide", "--study", study, "--coder", "ana", "--interview", "int01", "--variable", "vul_poverty", "--score", "3", "--quote", quote);
        return (study, "vul_poverty", quote);
    }

    [Fact]
    public async Task PassagesRebuiltOtherwise_QuoteReanchoredToTheSameText_CodeKept()
    {
        using var dir = new TempDirectory();
        var (study, variable, quote) = await CodedStudyAsync(dir, RepoPaths.Sample("transcripts", "int01.txt"));
        var before = (await StudyData.DecisionsAsync(study, "ana"))[^1];

        var relabel = await SampleStudy.Ok("transcripts", "relabel", "--study", study, "--interview", "int01", "--speaker", "Mahmoud", "--passages", "segment");
        Assert.Contains("re-anchored", relabel.Stdout);

        var after = (await StudyData.DecisionsAsync(study, "ana"))[^1];
        Assert.NotEqual(before.Id, after.Id);
        Assert.Equal(3, after.Value);
        var moved = Assert.Single(after.Evidence);
        Assert.Equal(quote, moved.Text);
        Assert.Equal(TrustFlags.None, moved.Flags & TrustFlags.Unanchored);
        await using var db = StudyData.Open(study);
        var passage = await db.Passages.AsNoTracking().SingleAsync(p => p.Id == moved.PassageId);
        Assert.Equal(quote, passage.Text.Substring(moved.Start, moved.Length));
        Assert.NotEqual(before.Evidence[0].PassageId, moved.PassageId);
        Assert.Equal(variable, after.VariableId);
        // Why the code was repeated is provenance, not a note of the coder's.
        Assert.Equal((null, EvidenceReanchoring.Source), (after.Note, after.Source));
    }

    [Fact]
    public async Task QuotedLineRemovedOnReimport_QuoteFlaggedForReview_NotDropped()
    {
        using var dir = new TempDirectory();
        var transcript = dir.File("in/int01.txt", await File.ReadAllTextAsync(RepoPaths.Sample("transcripts", "int01.txt")));
        var (study, _, quote) = await CodedStudyAsync(dir, transcript);

        await File.WriteAllTextAsync(transcript, (await File.ReadAllTextAsync(transcript)).Replace(quote, "We managed somehow."));
        var reingest = await SampleStudy.Ok("ingest", transcript, "--study", study, "--json");
        Assert.Contains("1 no longer in the transcript (flagged for review)", reingest.Stdout);

        var after = (await StudyData.DecisionsAsync(study, "ana"))[^1];
        Assert.Equal(3, after.Value);
        var kept = Assert.Single(after.Evidence);
        Assert.Equal(quote, kept.Text);
        Assert.True(kept.Flags.HasFlag(TrustFlags.Unanchored));

        // Nothing changed since: ingesting the same file again adds no decision.
        var count = (await StudyData.DecisionsAsync(study, "ana")).Count;
        await File.AppendAllTextAsync(transcript, "[01:00:00] Interviewer: Thank you.\n");
        await SampleStudy.Ok("ingest", transcript, "--study", study);
        Assert.Equal(count, (await StudyData.DecisionsAsync(study, "ana")).Count);
    }
}
