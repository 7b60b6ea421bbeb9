using System.Globalization;
using PreCoder.Core.Text;

namespace PreCoder.Cli.Tests;

/// <summary>
/// <c>agreement --ratings</c> as an R irr or Python krippendorff user runs it: no study, a plain CSV, and the published
/// values of tests/data/irr/expected_values.csv reproduced through the command line, not just through the library.
/// </summary>
public sealed class RatingsAgreementTests : IDisposable
{
    // Cohen's (1968) disagreement-weight matrices are a library feature (AgreementWeights.FromDisagreement); the CLI takes only weight vectors.
    private static readonly HashSet<string> LibraryOnly = ["H02", "H03"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Ratings_EveryPublishedValue_ReproducedThroughCli()
    {
        var table = CsvTable.Load(RepoPaths.Combine("tests", "data", "irr", "expected_values.csv"));
        var cases = table.Rows.Select(r => r.Fields).Where(f => !LibraryOnly.Contains(f[0])).ToList();
        var failures = new List<string>();
        var checkedCount = 0;
        // One run per data file, layout, coder selection and custom weights, each asking for every statistic.
        foreach (var run in cases.GroupBy(f => (Data: f[1], Layout: Layout(f[2]), Columns: Options(f[4]).GetValueOrDefault("columns"), Weights: CustomWeights(f[4]))))
        {
            List<string> args = ["agreement", "--ratings", RepoPaths.Combine("tests", "data", "irr", run.Key.Data), "--layout", run.Key.Layout, "--format", "csv", "--resamples", "0"];
            if (run.Key.Columns is { } columns)
            {
                args.AddRange(["--coders", columns.Replace('+', ',')]);
            }
            if (run.Key.Weights is { } weights)
            {
                args.AddRange(["--weights", weights]);
            }
            var result = await CliRunner.RunAsync([.. args]);
            Assert.True(result.ExitCode == 0, $"precoder {string.Join(' ', args)}: {result.Stderr}");
            var values = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(line => line.Split(','))
                .ToDictionary(cells => cells[1], cells => cells[2]);
            foreach (var row in run)
            {
                var name = StatisticName(row[3], Options(row[4]));
                var expected = double.Parse(row[5], CultureInfo.InvariantCulture);
                var tolerance = double.Parse(row[6], CultureInfo.InvariantCulture);
                checkedCount++;
                if (!values.TryGetValue(name, out var text) || !double.TryParse(text, CultureInfo.InvariantCulture, out var actual) || Math.Abs(actual - expected) > tolerance)
                {
                    failures.Add($"{row[0]} {name} on {row[1]}: expected {expected} +/- {tolerance}, got '{text}'");
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(116, checkedCount);
    }

    [Fact]
    public async Task Ratings_LongLayoutWithVariables_OneSectionPerVariableMissingNotZero()
    {
        var file = _dir.File("long.csv", """
            unit,variable,coder,score
            int01,vul_poverty,ayse,3
            int01,vul_poverty,jonas,3
            int02,vul_poverty,ayse,2
            int02,vul_poverty,jonas,missing:refused
            int03,vul_poverty,ayse,0
            int03,vul_poverty,jonas,0
            int01,mot_pay,ayse,1
            int01,mot_pay,jonas,0
            int02,mot_pay,ayse,1
            int02,mot_pay,jonas,1
            """);

        var result = await CliRunner.RunAsync("agreement", "--ratings", file, "--layout", "long", "--metric", "alpha-ordinal,kappa", "--format", "csv", "--resamples", "200");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["vul_poverty", "vul_poverty", "mot_pay", "mot_pay"], rows.Select(r => r[0]));
        var poverty = rows.Single(r => r[0] == "vul_poverty" && r[1] == "kappa");
        // The refused unit is left out, not scored 0: two units agree perfectly.
        Assert.Equal(("1", "2"), (poverty[2], poverty[5]));
        Assert.NotEqual("", rows.Single(r => r[0] == "mot_pay" && r[1] == "alpha-ordinal")[3]);
    }

    [Fact]
    public async Task Ratings_DuplicateRating_ExitThreeNamingFileAndLine()
    {
        var file = _dir.File("dup.csv", "unit,coder,score\nu1,a,1\nu1,b,1\nu1,a,2\n");

        var result = await CliRunner.RunAsync("agreement", "--ratings", file, "--layout", "long");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"error: {file}:4: coder 'a' rates unit 'u1' twice", result.Stderr.Trim());
    }

    [Fact]
    public async Task Ratings_UnknownMetric_ExitThreeListingChoices()
    {
        var file = _dir.File("w.csv", "unit,a,b\n1,1,1\n2,2,1\n");

        var result = await CliRunner.RunAsync("agreement", "--ratings", file, "--metric", "kapa");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("'kapa' is not a statistic", result.Stderr);
        Assert.Contains("kappa-quadratic", result.Stderr);
    }

    private static string Layout(string format) => format == "raw" ? "wide" : format;

    private static Dictionary<string, string> Options(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    private static string? CustomWeights(string options) =>
        Options(options).GetValueOrDefault("weights") is { } w && w.StartsWith("irr:", StringComparison.Ordinal) ? w[4..] : null;

    private static string StatisticName(string statistic, Dictionary<string, string> options)
    {
        var weights = options.GetValueOrDefault("weights", "unweighted");
        var suffix = weights switch { "unweighted" => "", "linear" => "-linear", "quadratic" => "-quadratic", _ => "-custom" };
        return statistic switch
        {
            "krippendorff_alpha" => "alpha-" + options["level"],
            "cohen_kappa" => "kappa" + suffix,
            "fleiss_kappa" => "fleiss" + suffix,
            "conger_kappa" => "conger" + suffix,
            "gwet_ac" => suffix.Length == 0 ? "ac1" : "ac2" + suffix,
            "brennan_prediger" => "bp" + suffix,
            "pairwise_agreement" => "pairwise" + suffix,
            "light_kappa" => "light",
            "percent_agreement" => options.GetValueOrDefault("tolerance", "0") is "0" ? "percent" : "percent-within-" + options["tolerance"],
            "icc" => options["form"].ToLowerInvariant(),
            "kendall_w" => options.GetValueOrDefault("correct", "true") == "true" ? "kendall-w" : "kendall-w-uncorrected",
            _ => throw new InvalidOperationException($"no CLI name for {statistic}"),
        };
    }
}
