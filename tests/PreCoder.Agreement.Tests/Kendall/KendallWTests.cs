using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Kendall;

public sealed class KendallWTests
{
    [Fact]
    public void Compute_IdenticalRankings_IsOne()
    {
        Assert.Equal(1, KendallW.Compute(Some.Rows([1, 10, 5], [2, 20, 6], [3, 30, 7])).Value, 12);
    }

    [Fact]
    public void Compute_ReversedRankingsOfTwoCoders_IsZero()
    {
        Assert.Equal(0, KendallW.Compute(Some.Rows([1, 3], [2, 2], [3, 1])).Value, 12);
    }

    [Fact]
    public void Compute_TiesWithCorrection_AtLeastUncorrected()
    {
        var m = Some.Rows([1, 1], [1, 2], [2, 2], [3, 3]);

        Assert.True(KendallW.Compute(m, correctForTies: true).Value >= KendallW.Compute(m, correctForTies: false).Value);
    }

    [Fact]
    public void Compute_AllTied_ValueIsNaN()
    {
        Assert.True(double.IsNaN(KendallW.Compute(Some.Rows([1, 1], [1, 1])).Value));
    }
}
