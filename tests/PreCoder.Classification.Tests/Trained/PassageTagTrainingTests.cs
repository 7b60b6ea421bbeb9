using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;
using PreCoder.Core.Transcripts;
using PreCoder.TestKit;

namespace PreCoder.Classification.Tests.Trained;

/// <summary>
/// Segment-level coding: the coder tagged every interviewee passage that talks about pay. The trained classifier must
/// learn that tag from the passages (not only interview-level scores) and propose it on interviews it has not seen.
/// </summary>
public class PassageTagTrainingTests
{
    private const string VariableId = "pas_pay";

    private static readonly Variable PayTag = new()
    {
        Id = VariableId,
        Name = "Turn talks about pay",
        Category = "segments",
        Unit = CodingUnit.Passage,
        Scale = Scale.Presence,
        Definition = "The turn talks about money, a salary or material benefits.",
    };

    private static readonly Codebook Book = SyntheticStudy.Codebook with { Variables = [.. SyntheticStudy.Codebook.Variables, PayTag] };

    private static readonly Lazy<(SyntheticStudy Study, EmbeddedClassifier Embedded, CodeRecord[] Tags)> Setup = new(() =>
    {
        var study = new SyntheticStudy(interviews: 16);
        var tags = study.Interviews
            .SelectMany(i => i.Passages.Where(p => p.Role == SpeakerRole.Interviewee)
                .Select(p => new CodeRecord(i.InterviewId, p.Id, VariableId, SyntheticStudy.Coder, Score.Of(TalksAboutPay(p.English ?? p.Text) ? 1 : 0), [])))
            .ToArray();
        return (study, EmbeddedClassifier.Create(SharedEncoder.Passages(), Book, study.AllPassages, new ZeroShotOptions()), tags);
    });

    private static bool TalksAboutPay(string text) =>
        text.Contains("salary", StringComparison.Ordinal) || text.Contains("money", StringComparison.Ordinal);

    private static TrainedClassifier Train(bool withInterviewScores)
    {
        var (study, embedded, tags) = Setup.Value;
        var codes = withInterviewScores ? [.. study.Codes, .. tags] : tags;
        return TrainedClassifierTrainer.Train(embedded, study.Interviews.Take(12).ToArray(), codes, SyntheticStudy.Coder, new TrainerOptions());
    }

    private static async Task<Suggestion[]> Tags(TrainedClassifier sut) =>
        (await Task.WhenAll(Setup.Value.Study.Interviews.Skip(12).Select(i => sut.ClassifyAsync(i, default))))
            .SelectMany(s => s).Where(s => s.VariableId == VariableId).ToArray();

    [Fact]
    public async Task Train_PassageCodes_ProposesTheTagOnUnseenInterviews()
    {
        var sut = Train(withInterviewScores: true);

        var suggestions = await Tags(sut);

        var info = Assert.Single(sut.Metadata.PassageModels);
        Assert.Equal(VariableId, info.VariableId);
        Assert.Equal(["0", "1"], info.Labels);
        var heldOut = Setup.Value.Study.Interviews.Skip(12).SelectMany(i => i.Passages).Where(p => p.Role == SpeakerRole.Interviewee).ToDictionary(p => (p.InterviewId, p.Id));
        Assert.Equal(heldOut.Count, suggestions.Length);
        var truth = suggestions.Select(s => (Predicted: s.Value == 1, Actual: TalksAboutPay(heldOut[(s.InterviewId, s.PassageId!)].English!))).ToArray();
        var hits = truth.Count(t => t.Predicted && t.Actual);
        Assert.True(truth.Count(t => t.Actual) > 0, "the held-out interviews have passages about pay");
        Assert.True(hits >= 0.8 * truth.Count(t => t.Actual), $"recall {hits}/{truth.Count(t => t.Actual)}");
        Assert.True(hits >= 0.8 * truth.Count(t => t.Predicted), $"precision {hits}/{truth.Count(t => t.Predicted)}");
        Assert.All(suggestions, s =>
        {
            Assert.InRange(s.Confidence, 0.5, 1);
            var quote = Assert.Single(s.Evidence);
            Assert.True(EvidenceQuotes.IsVerbatim(quote, heldOut[(s.InterviewId, s.PassageId!)].English));
        });
    }

    [Fact]
    public async Task Train_PassageCodesOnly_LearnsThemWithoutAnInterviewModelAndReloads()
    {
        using var dir = new TempDirectory();
        var sut = Train(withInterviewScores: false);
        var path = Path.Combine(dir.Path, "trained-jonas.zip");

        sut.Save(path);
        var loaded = TrainedClassifier.Load(path, Setup.Value.Embedded, Book);

        Assert.False(sut.Metadata.InterviewModel);
        Assert.False(File.Exists(path));
        Assert.True(File.Exists(Path.Combine(dir.Path, $"trained-jonas.passage-{VariableId}.zip")));
        var interview = Setup.Value.Study.Interviews[13];
        var before = await sut.ClassifyAsync(interview, default);
        var after = await loaded.ClassifyAsync(interview, default);
        Assert.All(before, s => Assert.NotNull(s.PassageId));
        Assert.Equal(before.Select(s => (s.PassageId, s.Value, s.Confidence)), after.Select(s => (s.PassageId, s.Value, s.Confidence)));
    }

    [Fact]
    public void Load_PassageModelMissing_NamesTheFile()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "trained-jonas.zip");
        Train(withInterviewScores: true).Save(path);
        File.Delete(Path.Combine(dir.Path, $"trained-jonas.passage-{VariableId}.zip"));

        var error = Assert.Throws<InvalidDataException>(() => TrainedClassifier.Load(path, Setup.Value.Embedded, Book));

        Assert.Contains($"trained-jonas.passage-{VariableId}.zip is missing", error.Message, StringComparison.Ordinal);
    }
}
