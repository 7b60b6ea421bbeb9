using CsCheck;
using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Multirater;

public sealed class CongerKappaTests
{
    [Fact]
    public void Compute_TwoCodersCompleteData_EqualsCohensKappa()
    {
        Some.LikertMatrix.Sample(m =>
        {
            var pair = m.SelectCoders(0, 1).DropIncompleteUnits();
            var scale = CategoryScale.Range(0, 3);
            return pair.Units < 2 || Some.Same(
                CohenKappa.Compute(pair, 0, 1, AgreementWeights.Quadratic, scale).Value,
                CongerKappa.Compute(pair, AgreementWeights.Quadratic, scale).Value);
        }, iter: 200);
    }

    [Fact]
    public void Compute_CoderWhoRatedNothing_IsLeftOut()
    {
        var m = Some.Likert(30, 3, seed: 5, missing: 0);
        var withSilentCoder = RatingMatrix.FromRows(Enumerable.Range(0, m.Units).Select(u => m.Row(u).ToArray().Append(double.NaN).ToArray()).ToList());

        Assert.Equal(CongerKappa.Compute(m).Value, CongerKappa.Compute(withSilentCoder).Value, 12);
    }
}
