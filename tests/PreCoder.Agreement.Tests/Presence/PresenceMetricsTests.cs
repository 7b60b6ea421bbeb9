using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Presence;

public sealed class PresenceMetricsTests
{
    [Fact]
    public void Compute_MixedCalls_CountsConfusionAndRatios()
    {
        // Reference | candidate: (2,3) TP, (0,1) FP, (1,0) FN, (0,0) TN, (3,2) TP, (NaN, 2) skipped.
        var m = Some.Rows([2, 3], [0, 1], [1, 0], [0, 0], [3, 2], [double.NaN, 2]);

        var result = PresenceMetrics.Compute(m, referenceCoder: 0, candidateCoder: 1);

        Assert.Equal(new PresenceResult(2, 1, 1, 1), result);
        Assert.Equal(5, result.Units);
        Assert.Equal(2.0 / 3, result.Precision, 12);
        Assert.Equal(2.0 / 3, result.Recall, 12);
        Assert.Equal(2.0 / 3, result.F1, 12);
    }

    [Fact]
    public void Compute_CandidateNeverMarksPresence_PrecisionIsNaN()
    {
        var result = PresenceMetrics.Compute(Some.Rows([1, 0], [0, 0]), 0, 1);

        Assert.True(double.IsNaN(result.Precision));
        Assert.Equal(0, result.Recall);
    }
}
