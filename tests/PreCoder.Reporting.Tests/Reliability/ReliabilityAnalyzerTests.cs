using PreCoder.Reporting.Reliability;
using Xunit;

namespace PreCoder.Reporting.Tests.Reliability;

public class ReliabilityAnalyzerTests
{
    private static readonly ReportCoder[] Coders = [new("ayse", false), new("jonas", false), new("machine:x", true)];

    private static ReliabilityAnalyzer CreateSut(int resamples = 0) => new(new ReliabilityOptions(Resamples: resamples, Seed: 7));

    [Fact]
    public void Analyze_TwoCodersOneDisagreementOfThree_GivesHandComputedAlpha()
    {
        // Coincidences: n0 = n1 = 3, o01 = o10 = 1; Do = 2/6, De = 2*3*3/(6*5) = 0.6; alpha = 1 - (1/3)/0.6 = 4/9.
        var ratings = new[]
        {
            R("u1", "v", "ayse", 0), R("u1", "v", "jonas", 0),
            R("u2", "v", "ayse", 1), R("u2", "v", "jonas", 1),
            R("u3", "v", "ayse", 0), R("u3", "v", "jonas", 1),
        };
        var report = CreateSut().Analyze([Some.Binary("v")], Coders[..2], ratings);

        var alpha = Assert.Single(report.Results, r => r.Scope == ResultScope.Variable && !r.Presence);
        Assert.Equal("alpha-ordinal", alpha.Metric);
        Assert.Equal(4.0 / 9.0, alpha.Value, 12);
        Assert.Equal(3, alpha.Units);
        Assert.Equal("<0.667", alpha.Flag);
    }

    [Fact]
    public void Analyze_HumansAgreeMachineDiffers_ListsComparisonsAndOneDisagreementWithEvidence()
    {
        var ratings = new[]
        {
            R("u1", "v", "ayse", 2), R("u1", "v", "jonas", 2), R("u1", "v", "machine:x", 2),
            R("u2", "v", "ayse", 0), R("u2", "v", "jonas", 0), R("u2", "v", "machine:x", 3, "my family was poor"),
            R("u3", "v", "ayse", 3), R("u3", "v", "jonas", 3), R("u3", "v", "machine:x", double.NaN),
        };
        var report = CreateSut().Analyze([Some.Likert("v")], Coders, ratings);

        var variableResults = report.Results.Where(r => r.Scope == ResultScope.Variable && !r.Presence).ToArray();
        Assert.Equal(
            [ComparisonKind.HumanPair, ComparisonKind.MachineVsHuman, ComparisonKind.MachineVsHuman, ComparisonKind.MachineVsConsensus, ComparisonKind.AllCoders],
            variableResults.Select(r => r.Comparison));
        Assert.Equal(1.0, variableResults[0].Value, 12);
        Assert.Equal("", variableResults[0].Flag);
        var d = Assert.Single(report.Disagreements);
        Assert.Equal("u2", d.Unit);
        Assert.Equal([0.0, 0.0, 3.0], d.Scores);
        Assert.Equal("my family was poor", d.Evidence[2]);
    }

    [Fact]
    public void Analyze_MachineVsHumanPresence_GivesPrecisionRecallF1()
    {
        // Human present at u1,u3; machine at u1,u2: TP 1, FP 1, FN 1, TN 1.
        var ratings = new[]
        {
            R("u1", "v", "ayse", 1), R("u1", "v", "machine:x", 2),
            R("u2", "v", "ayse", 0), R("u2", "v", "machine:x", 1),
            R("u3", "v", "ayse", 2), R("u3", "v", "machine:x", 0),
            R("u4", "v", "ayse", 0), R("u4", "v", "machine:x", 0),
        };
        var report = CreateSut().Analyze([Some.Likert("v")], [Coders[0], Coders[2]], ratings);

        var presence = Assert.Single(report.Results, r => r.Scope == ResultScope.Variable && r.Presence);
        Assert.Equal(ComparisonKind.MachineVsHuman, presence.Comparison);
        Assert.Equal(0.5, presence.Precision);
        Assert.Equal(0.5, presence.Recall);
        Assert.Equal(0.5, presence.F1);
    }

    [Fact]
    public void Analyze_WithResamples_GivesCiAroundValueAndCategoryAndOverallRows()
    {
        var ratings = Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            R($"u{i}", "a", "ayse", i % 4), R($"u{i}", "a", "jonas", i % 5 == 0 ? (i + 1) % 4 : i % 4),
            R($"u{i}", "b", "ayse", i % 3), R($"u{i}", "b", "jonas", i % 3),
        }).ToArray();
        var report = CreateSut(resamples: 200).Analyze([Some.Likert("a", "c1"), Some.Likert("b", "c1")], Coders[..2], ratings);

        var a = Assert.Single(report.Results, r => r.Scope == ResultScope.Variable && r.Variable == "a" && !r.Presence);
        Assert.InRange(a.Value, a.CiLow, a.CiHigh);
        Assert.Contains(report.Results, r => r.Scope == ResultScope.Category && r.Variable == "c1" && r.Units == 40);
        Assert.Contains(report.Results, r => r.Scope == ResultScope.Overall);
    }

    [Fact]
    public void Analyze_KappaForAllCoders_IsOmittedBecauseItIsPairwise()
    {
        var ratings = new[] { R("u1", "v", "ayse", 1), R("u1", "v", "jonas", 1), R("u1", "v", "machine:x", 1), R("u2", "v", "ayse", 0), R("u2", "v", "jonas", 0), R("u2", "v", "machine:x", 0) };
        var report = new ReliabilityAnalyzer(new ReliabilityOptions(AgreementMetric.Kappa, Resamples: 0)).Analyze([Some.Likert("v")], Coders, ratings);

        Assert.DoesNotContain(report.Results, r => r.Comparison == ComparisonKind.AllCoders && !r.Presence);
        Assert.All(report.Results.Where(r => !r.Presence), r => Assert.Equal("kappa", r.Metric));
    }

    private static UnitRating R(string unit, string variable, string coder, double value, string? evidence = null) => new(unit, variable, coder, value, evidence);
}
