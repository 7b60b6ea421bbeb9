using PreCoder.Core.Coding;
using PreCoder.Reporting.StudyCodes;
using Xunit;

namespace PreCoder.Reporting.Tests.StudyCodes;

public sealed class CodeSourceTests
{
    private static CodeRecord Code(string interview, string coder, double? score, string? passage = null, string variable = "v", string? reason = null) =>
        new(interview, passage, variable, coder, new Score(score, reason), []);

    [Fact]
    public void Consensus_ThreeCoders_StrictMajorityAndTiesCounted()
    {
        CodeRecord[] codes =
        [
            Code("i1", "a", 2), Code("i1", "b", 2), Code("i1", "c", 3),
            Code("i2", "a", 1), Code("i2", "b", 2), Code("i2", "c", 3),
            Code("i3", "a", 1),
            Code("i4", "a", null, reason: "refused"), Code("i4", "b", null, reason: "refused"),
        ];

        var consensus = CodeSource.Consensus(["a", "b", "c"], codes);

        Assert.Equal(2d, consensus.Scores[("i1", "v")].Value);
        Assert.False(consensus.Scores.ContainsKey(("i2", "v")));
        Assert.False(consensus.Scores.ContainsKey(("i3", "v")));
        Assert.Equal("refused", consensus.Scores[("i4", "v")].MissingReason);
        Assert.Equal(1, consensus.Ties);
        Assert.Contains("consensus of a, b, c", consensus.Description);
        Assert.Contains("1 ties", consensus.Description);
    }

    [Fact]
    public void Consensus_ReconciledCoderExists_UsesItsCodes()
    {
        CodeRecord[] codes = [Code("i1", "a", 1), Code("i1", "b", 2), Code("i1", "consensus", 3)];

        var consensus = CodeSource.Consensus(["a", "b", "consensus"], codes);

        Assert.Equal(3d, consensus.Scores[("i1", "v")].Value);
        Assert.Equal("reconciled coder consensus", consensus.Description);
    }

    [Fact]
    public void OfCoder_PassageCodes_FoldToMaximumInterviewCodeWins()
    {
        CodeRecord[] codes =
        [
            Code("i1", "a", 1, "p1"), Code("i1", "a", 3, "p2"),
            Code("i2", "a", 3, "p1"), Code("i2", "a", 0),
            Code("i3", "a", null, "p1", reason: "not explored"),
            Code("i1", "b", 2),
        ];

        var source = CodeSource.OfCoder("a", codes);

        Assert.Equal(3d, source.Scores[("i1", "v")].Value);
        Assert.Equal(0d, source.Scores[("i2", "v")].Value);
        Assert.Equal("not explored", source.Scores[("i3", "v")].MissingReason);
        Assert.Equal("coder a", source.Description);
    }
}
