using PreCoder.Classification.Learning;

namespace PreCoder.Classification.Tests.Learning;

public class LogisticTrainerTests
{
    [Fact]
    public void Fit_OneOutcomeOnly_AnswersThatOutcomeEverywhere()
    {
        var x = new[] { new[] { 1f, 2f }, new[] { 3f, 4f } };

        var sut = LogisticTrainer.Fit(x, [true, true], null, 1, 17);

        Assert.True(sut.Probability([100f, -100f]) > 0.99);
    }

    [Fact]
    public void Fit_SeparableOnOneFeature_SeparatesUnseenPoints()
    {
        var x = Enumerable.Range(0, 40).Select(i => new[] { i < 20 ? -1f - (i * 0.1f) : 1f + (i * 0.1f), 5f }).ToArray();
        var y = Enumerable.Range(0, 40).Select(i => i >= 20).ToArray();

        var sut = LogisticTrainer.Fit(x, y, null, 1, 17);

        Assert.True(sut.Probability([6f, 5f]) > 0.9);
        Assert.True(sut.Probability([-6f, 5f]) < 0.1);
    }

    [Fact]
    public void Fit_SignalOnlyInSparseFeatures_LearnsFromThem()
    {
        var x = Enumerable.Range(0, 40).Select(_ => new[] { 0f }).ToArray();
        var sparse = Enumerable.Range(0, 40).Select(i => new SparseVector([i % 2 == 0 ? 3 : 7], [1f])).ToArray();
        var y = Enumerable.Range(0, 40).Select(i => i % 2 == 0).ToArray();

        var sut = LogisticTrainer.Fit(x, sparse, 16, y, null, 1, 17);

        Assert.Equal(16, sut.SparseWidth);
        Assert.True(sut.Probability([0f], new SparseVector([3], [1f])) > 0.8);
        Assert.True(sut.Probability([0f], new SparseVector([7], [1f])) < 0.2);
    }

    [Fact]
    public void Probability_WrongFeatureCount_Throws()
    {
        var sut = LinearModel.Constant(3, 0.5);

        Assert.Throws<ArgumentException>(() => sut.Probability([1f, 2f]));
    }
}
