using PreCoder.Classification.Evaluation;

namespace PreCoder.Classification.Tests.Evaluation;

public class ReliabilityTests
{
    private static PairOutcome Pair(int i, double confidence, bool exact) =>
        new($"int{i:D3}", null, "v", exact ? 1 : 0, 1, confidence, null);

    [Fact]
    public void Of_ConfidenceThatSeparatesKeptFromChanged_HighBandIsAllExact()
    {
        var pairs = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? Pair(i, 0.95, true) : Pair(i, 0.2, false)).ToArray();

        var sut = Reliability.Of(pairs, id => int.Parse(id[3..]) % 5, 5);

        var high = sut.Bands.Single(b => b.Band == "high");
        Assert.Equal(50, high.Count);
        Assert.Equal(1, high.ExactRate);
        Assert.Equal(0, sut.Bands.Single(b => b.Band == "low").ExactRate);
        Assert.Equal(100, sut.Raw.Sum(b => b.Count));
        Assert.Equal(100, sut.Calibrated.Sum(b => b.Count));
    }

    [Fact]
    public void Of_OverconfidentScores_CalibrationMovesThemOutOfTheHighBand()
    {
        // Raw confidence 0.9 everywhere, but the coder kept only half: calibrated, none of them may claim "high".
        var pairs = Enumerable.Range(0, 60).Select(i => Pair(i, 0.9, i % 2 == 0)).ToArray();

        var sut = Reliability.Of(pairs, id => int.Parse(id[3..]) % 3, 3);

        Assert.Equal(0, sut.Bands.Single(b => b.Band == "high").Count);
        Assert.Equal(60, sut.Raw.Single(b => b.From == 0.9).Count);
    }
}
