using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Presence;

public sealed class PresenceCodingTests
{
    [Fact]
    public void ToPresence_Scores_MapsAboveZeroToOneAndKeepsMissing()
    {
        var presence = PresenceCoding.ToPresence(Some.Rows([0, 1, 3], [double.NaN, 2, 0]));

        Assert.Equal([0, 1, 1], presence.Row(0).ToArray());
        Assert.True(double.IsNaN(presence[1, 0]));
        Assert.Equal(1, presence[1, 1]);
        Assert.Equal(0, presence[1, 2]);
    }
}
