using Xunit;

namespace PreCoder.Agreement.Tests.Weights;

public sealed class AgreementWeightsTests
{
    [Fact]
    public void Build_LinearAndQuadraticForFourCategories_UsePositions()
    {
        var linear = AgreementWeights.Linear.Build(4);
        var quadratic = AgreementWeights.Quadratic.Build(4);

        Assert.Equal([1, 2.0 / 3, 1.0 / 3, 0], linear[..4], (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([1, 8.0 / 9, 5.0 / 9, 0], quadratic[..4], (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void FromDistanceScores_IrrVector_RescalesToCredit()
    {
        var w = AgreementWeights.FromDistanceScores(0, 0, 1, 1, 2).Build(5);

        Assert.Equal([1, 1, 0.5, 0.5, 0], w[..5], (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void FromDistanceScores_WrongCategoryCount_ThrowsOnBuild()
    {
        Assert.Throws<ArgumentException>(() => AgreementWeights.FromDistanceScores(0, 1, 2).Build(4));
    }

    [Fact]
    public void FromDisagreement_NonZeroDiagonal_Throws()
    {
        Assert.Throws<ArgumentException>(() => AgreementWeights.FromDisagreement(new double[,] { { 1, 1 }, { 1, 0 } }));
    }
}
