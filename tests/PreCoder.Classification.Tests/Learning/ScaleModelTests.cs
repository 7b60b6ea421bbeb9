using PreCoder.Classification.Learning;

namespace PreCoder.Classification.Tests.Learning;

public class ScaleModelTests
{
    private static ScaleModel CreateSut()
    {
        // One feature that rises with the level: 0 near 0, 1 near 5, 2 near 10.
        var x = new List<float[]>();
        var y = new List<double>();
        for (var level = 0; level < 3; level++)
        {
            for (var i = 0; i < 15; i++)
            {
                x.Add([(level * 5) + ((i % 5) - 2) * 0.3f]);
                y.Add(level);
            }
        }
        return ScaleModel.Fit(x, y, [0, 1, 2], 1, 17);
    }

    [Theory]
    [InlineData(0f, 0)]
    [InlineData(5f, 1)]
    [InlineData(10f, 2)]
    public void Predict_OrderedLevels_ProposesTheLevelOfTheFeature(float feature, double expected)
    {
        var (value, probability, _) = CreateSut().Predict([feature]);

        Assert.Equal(expected, value);
        Assert.True(probability > 0.5);
    }

    [Theory]
    [InlineData(-20f)]
    [InlineData(2.5f)]
    [InlineData(7.5f)]
    [InlineData(40f)]
    public void LevelProbabilities_AnyInput_NonNegativeAndSumToOne(float feature)
    {
        var p = CreateSut().LevelProbabilities([feature]);

        Assert.All(p, x => Assert.True(x >= 0));
        Assert.Equal(1, p.Sum(), 6);
    }

    [Fact]
    public void Balanced_UnevenOutcomes_GivesEachOutcomeTheSameTotalWeight()
    {
        var w = ScaleModel.Balanced([true, false, false, false]);

        Assert.Equal(w[0], w[1] + w[2] + w[3], 5);
    }
}
