using CsCheck;
using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Cohen;

public sealed class LightKappaTests
{
    [Fact]
    public void Compute_TwoCoders_EqualsCohenOnCompleteUnits()
    {
        Some.LikertMatrix.Sample(m =>
        {
            var pair = m.SelectCoders(0, 1);
            return Some.Same(LightKappa.Compute(pair).Value, CohenKappa.Compute(pair.DropIncompleteUnits(), 0, 1).Value);
        }, iter: 200);
    }

    [Fact]
    public void Compute_ThreeCoders_IsMeanOfPairwiseKappas()
    {
        var m = Some.Likert(50, 3, seed: 3, missing: 0);
        var expected = (CohenKappa.Compute(m, 0, 1).Value + CohenKappa.Compute(m, 0, 2).Value + CohenKappa.Compute(m, 1, 2).Value) / 3;

        var result = LightKappa.Compute(m);

        Assert.Equal(expected, result.Value, 12);
        Assert.True(double.IsNaN(result.ObservedDisagreement));
        Assert.Equal(150, result.PairableValues);
    }

    [Fact]
    public void Compute_OneCoder_Throws()
    {
        Assert.Throws<ArgumentException>(() => LightKappa.Compute(Some.Rows([1], [2])));
    }
}
