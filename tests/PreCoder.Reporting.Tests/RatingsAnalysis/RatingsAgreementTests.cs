using PreCoder.Agreement;
using PreCoder.Reporting.RatingsAnalysis;
using PreCoder.Reporting.Rendering;
using Xunit;

namespace PreCoder.Reporting.Tests.RatingsAnalysis;

public sealed class RatingsAgreementTests
{
    private static IReadOnlyList<RatingsTable> Wide(string csv) => RatingsCsv.Read(csv, RatingsLayout.Wide);

    private static IReadOnlyList<AgreementStatistic> Named(params string[] names) =>
        names.Select(n => AgreementStatistics.TryFind(n, out var s) ? s : throw new ArgumentException(n)).ToList();

    [Fact]
    public void Analyze_KappaOnThreeCoders_NotApplicableWithHint()
    {
        var report = RatingsAgreement.Analyze("r.csv", RatingsLayout.Wide, Wide("unit,a,b,c\n1,1,1,1\n2,2,2,1\n3,1,2,2\n"),
            new RatingsAgreementOptions(Named("kappa", "fleiss"), Resamples: 0));

        var kappa = report.Rows.Single(r => r.Statistic == "kappa");
        Assert.Null(kappa.Result);
        Assert.Contains("needs exactly 2 coders", kappa.Note);
        Assert.NotNull(report.Rows.Single(r => r.Statistic == "fleiss").Result);
    }

    [Fact]
    public void Analyze_SelectedCoders_KappaOnThatPairWithInterval()
    {
        var report = RatingsAgreement.Analyze("r.csv", RatingsLayout.Wide, Wide("unit,a,b,c\n1,1,1,1\n2,2,2,1\n3,1,2,2\n4,2,2,2\n"),
            new RatingsAgreementOptions(Named("kappa"), ["c", "a"], Resamples: 300, Seed: 3));

        var result = Assert.Single(report.Rows).Result!;
        Assert.Equal(["c", "a"], report.Tables[0].Coders);
        Assert.Equal(CohenKappa.Compute(RatingMatrix.FromArray(new double[,] { { 1, 1 }, { 1, 2 }, { 2, 1 }, { 2, 2 } }), 0, 1).Value, result.Value, 12);
        Assert.False(double.IsNaN(result.CiLow));
    }

    [Fact]
    public void Analyze_CustomWeightsOfWrongSize_RowExplainsOthersStand()
    {
        Assert.True(AgreementStatistics.TryFind("kappa", out var kappa));
        var custom = kappa.WithWeights(AgreementWeights.FromDistanceScores(0, 1, 2, 3, 4));

        var report = RatingsAgreement.Analyze("r.csv", RatingsLayout.Wide, Wide("unit,a,b\n1,1,1\n2,2,1\n3,2,2\n"),
            new RatingsAgreementOptions([custom, .. Named("alpha-nominal")], Resamples: 0));

        Assert.Null(report.Rows[0].Result);
        Assert.NotEmpty(report.Rows[0].Note);
        Assert.NotNull(report.Rows[1].Result);
    }

    [Fact]
    public void Render_Csv_FullPrecisionAndNotes()
    {
        var report = RatingsAgreement.Analyze("r.csv", RatingsLayout.Wide, Wide("unit,a,b,c\n1,1,1,1\n2,2,2,1\n3,1,2,2\n"),
            new RatingsAgreementOptions(Named("alpha-nominal", "kappa"), Resamples: 0));
        var writer = new StringWriter();

        RatingsAgreementRenderer.Render(report, ReportFormat.Csv, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("variable,statistic,value,ci_low,ci_high,units,pairable_values,observed_disagreement,expected_disagreement,note", lines[0].TrimEnd());
        var alpha = KrippendorffAlpha.Compute(report.Tables[0].Matrix!, MeasurementLevel.Nominal).Value;
        Assert.StartsWith($",alpha-nominal,{alpha.ToString("R", System.Globalization.CultureInfo.InvariantCulture)},,,3,", lines[1]);
        Assert.StartsWith(",kappa,,,,,,,,needs exactly 2 coders", lines[2]);
    }

    [Fact]
    public void Render_MarkdownOfWordScores_ShowsCoding()
    {
        var report = RatingsAgreement.Analyze("words.csv", RatingsLayout.Wide, Wide("unit,a,b\n1,YES,NO\n2,NO,NO\n3,YES,YES\n"),
            new RatingsAgreementOptions(Named("alpha-nominal", "alpha-interval"), Resamples: 0));
        var writer = new StringWriter();

        RatingsAgreementRenderer.Render(report, ReportFormat.Md, writer);

        var text = writer.ToString();
        Assert.Contains("Scores are words, coded NO = 1, YES = 2.", text);
        Assert.Contains("| alpha-interval | ", text);
        Assert.Contains("only nominal statistics are meaningful", text);
    }
}
