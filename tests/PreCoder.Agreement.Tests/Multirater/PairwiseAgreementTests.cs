using CsCheck;
using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Multirater;

public sealed class PairwiseAgreementTests
{
    [Fact]
    public void Compute_TwoCodersComplete_EqualsPercentAgreement()
    {
        Some.LikertMatrix.Sample(m =>
        {
            var pair = m.SelectCoders(0, 1).DropIncompleteUnits();
            return Some.Same(PercentAgreement.Compute(pair).Value, PairwiseAgreement.Compute(pair).Value);
        }, iter: 200);
    }

    [Fact]
    public void Compute_ThreeCodersOneDissenter_CountsAgreeingPairs()
    {
        // One unit, scores 1, 1, 2: one of three coder pairs agrees.
        var result = PairwiseAgreement.Compute(Some.Rows([1, 1, 2]));

        Assert.Equal(1.0 / 3, result.Value, 12);
        Assert.True(double.IsNaN(result.ExpectedDisagreement));
    }
}
