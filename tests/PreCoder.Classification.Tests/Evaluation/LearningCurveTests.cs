using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Tests.Evaluation;

public class LearningCurveTests
{
    [Fact]
    public async Task RunAsync_Sizes_TrainsEachFoldOnExactlyThatManyAndSkipsTooLarge()
    {
        var study = new SyntheticStudy(interviews: 12);
        var embedded = EmbeddedClassifier.Create(SharedEncoder.Passages(), SyntheticStudy.Codebook, study.AllPassages, new ZeroShotOptions());
        var seen = new List<int>();
        ClassifierEvaluator.ClassifierFactory trained = (training, codes, ct) =>
        {
            lock (seen)
            {
                seen.Add(training.Count);
            }
            return TrainedClassifierTrainer.Train(embedded, training, codes, SyntheticStudy.Coder, new TrainerOptions(), cancellationToken: ct);
        };

        var sut = await LearningCurve.RunAsync(trained, (_, _, _) => embedded, study.Interviews, study.Codes, SyntheticStudy.Codebook, SyntheticStudy.Coder, 3, [8, 2, 100, 4]);

        Assert.Equal([2, 4, 8], sut.Points.Select(p => p.TrainingInterviews));
        Assert.Equal([100], sut.Skipped);
        Assert.Equal([2, 2, 2, 4, 4, 4, 8, 8, 8], seen);
        Assert.All(sut.Points, p => Assert.Equal(12 * SyntheticStudy.VariableIds.Length, p.Trained.Overall.Units));
        Assert.NotNull(sut.ZeroShot);
        Assert.True(sut.Points[^1].Trained.Overall.ExactAgreement > sut.Points[^1].BaseRate.Overall.ExactAgreement);
    }
}
