using PreCoder.Classification.Selection;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Tests.Selection;

public class CodingQueueTests
{
    private static readonly Lazy<(SyntheticStudy Study, EmbeddedClassifier Embedded)> Setup = new(() =>
    {
        var study = new SyntheticStudy(interviews: 16);
        return (study, EmbeddedClassifier.Create(SharedEncoder.Passages(), SyntheticStudy.Codebook, study.AllPassages, new ZeroShotOptions()));
    });

    [Fact]
    public void Rank_NothingCoded_ProposesDistinctUncodedInterviewsByDiversity()
    {
        var (study, embedded) = Setup.Value;

        var next = CodingQueue.Rank(embedded, null, study.Interviews, [], 4);

        Assert.Equal(4, next.Count);
        Assert.Equal(4, next.Select(n => n.InterviewId).Distinct().Count());
        Assert.Equal([1, 2, 3, 4], next.Select(n => n.Rank));
        Assert.All(next, n => Assert.Null(n.Uncertainty));
        Assert.Contains("most typical", next[0].Reason);
    }

    [Fact]
    public void Rank_WithAModel_ProposesOnlyUncodedInterviewsWithTheirUncertainty()
    {
        var (study, embedded) = Setup.Value;
        var coded = study.Interviews.Take(10).ToArray();
        var model = TrainedClassifierTrainer.Train(embedded, coded, study.Codes, SyntheticStudy.Coder, new TrainerOptions());

        var next = CodingQueue.Rank(embedded, model, study.Interviews.Skip(10).ToArray(), coded, 10);

        Assert.Equal(6, next.Count);
        Assert.All(next, n => Assert.DoesNotContain(coded, c => c.InterviewId == n.InterviewId));
        Assert.All(next, n => Assert.InRange(n.Uncertainty!.Value, 0, 1));
        Assert.Contains("unsure", next[0].Reason);
    }
}
