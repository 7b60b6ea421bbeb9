using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.Tests.Trained;
using PreCoder.Classification.Trained;

namespace PreCoder.Classification.Tests.Evaluation;

public class ClassifierEvaluatorTests
{
    [Fact]
    public async Task EvaluateAsync_TrainedOnSyntheticStudy_ComparesEveryHeldOutCode()
    {
        var (study, embedded) = TrainedClassifierTests.Shared;

        var report = await ClassifierEvaluator.EvaluateAsync(
            (training, codes, ct) => TrainedClassifierTrainer.Train(embedded, training, codes, SyntheticStudy.Coder, new TrainerOptions(), cancellationToken: ct),
            study.Interviews, study.Codes, SyntheticStudy.Codebook, SyntheticStudy.Coder, folds: 4);

        Assert.Equal("trained", report.Classifier);
        Assert.Equal(study.Interviews.Count * SyntheticStudy.VariableIds.Length, report.Overall.Units);
        Assert.Equal(SyntheticStudy.VariableIds, report.Variables.Select(v => v.VariableId));
        Assert.NotNull(report.Overall.QuadraticKappa);
        Assert.NotNull(report.Overall.EvidenceTokenF1);
        Assert.InRange(report.Overall.ExactAgreement, 0, 1);
    }

    [Fact]
    public async Task EvaluateAsync_EmbeddedOnSyntheticStudy_AgreesBetterThanChanceOnPresence()
    {
        var (study, embedded) = TrainedClassifierTests.Shared;

        var report = await ClassifierEvaluator.EvaluateAsync((_, _, _) => embedded, study.Interviews, study.Codes, SyntheticStudy.Codebook, SyntheticStudy.Coder, folds: 2);

        Assert.Equal("embedded", report.Classifier);
        Assert.True(report.Overall.PresenceF1 > 0.6, $"presence F1 {report.Overall.PresenceF1}");
        Assert.True(report.Overall.QuadraticKappa > 0.3, $"quadratic kappa {report.Overall.QuadraticKappa}");
    }

    [Fact]
    public async Task EvaluateAsync_OneFold_Throws()
    {
        var (study, embedded) = TrainedClassifierTests.Shared;

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            ClassifierEvaluator.EvaluateAsync((_, _, _) => embedded, study.Interviews, study.Codes, SyntheticStudy.Codebook, SyntheticStudy.Coder, folds: 1));
    }
}
