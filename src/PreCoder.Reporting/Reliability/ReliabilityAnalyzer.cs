using PreCoder.Agreement;
using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Reliability;

/// <summary>
/// Builds the reliability report: per variable, per category and overall, for every human pair, each machine against
/// each human and against the human consensus, and all coders together; presence agreement beside score agreement.
/// </summary>
public sealed class ReliabilityAnalyzer(ReliabilityOptions options)
{
    public ReliabilityReport Analyze(IReadOnlyList<Variable> variables, IReadOnlyList<ReportCoder> coders, IReadOnlyList<UnitRating> ratings)
    {
        var columns = coders.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var humans = Enumerable.Range(0, coders.Count).Where(i => !coders[i].IsMachine).ToArray();
        var consensusColumn = coders.Count;
        var comparisons = Comparisons(coders, humans, consensusColumn);
        var bootstrap = options.Resamples > 0 ? new BootstrapOptions(options.Resamples, options.Seed) : null;
        // Grouped once: filtering all ratings per variable was quadratic and took seconds at the seed study's scale.
        var byVariable = ratings.ToLookup(r => r.VariableId, StringComparer.Ordinal);
        var grids = new VariableGrid[variables.Count];
        Parallel.For(0, grids.Length, i => grids[i] = VariableGrid.Build(variables[i], coders.Count, columns, humans, byVariable[variables[i].Id]));

        var results = new List<ComparisonResult>();
        if (options.IncludeVariables)
        {
            // Variables are independent and each bootstrap is seeded, so they run on every core and are then put
            // back in codebook order: the report is the same whatever the machine.
            var perVariable = new List<ComparisonResult>[grids.Length];
            Parallel.For(0, grids.Length, i =>
            {
                var grid = grids[i];
                perVariable[i] = [];
                foreach (var comparison in comparisons)
                {
                    AddResults(perVariable[i], ResultScope.Variable, grid.Variable.Id, grid.Variable.Category, [grid], comparison, bootstrap, grid.Variable.Name);
                }
            });
            results.AddRange(perVariable.SelectMany(r => r));
        }
        if (options.IncludeCategories)
        {
            var pooled = grids.GroupBy(g => g.Variable.Category)
                .SelectMany(group => comparisons.Select(c => (Scope: ResultScope.Category, Name: group.Key, Category: group.Key, Grids: group.ToArray(), Comparison: c)))
                .Concat(comparisons.Select(c => (Scope: ResultScope.Overall, Name: "overall", Category: "", Grids: grids, Comparison: c)))
                .ToArray();
            // Like the variables: computed on every core, then put back in their order.
            var perScope = new List<ComparisonResult>[pooled.Length];
            Parallel.For(0, pooled.Length, i =>
            {
                var p = pooled[i];
                perScope[i] = [];
                AddResults(perScope[i], p.Scope, p.Name, p.Category, p.Grids, p.Comparison, bootstrap, p.Scope == ResultScope.Overall ? "overall" : p.Name);
            });
            results.AddRange(perScope.SelectMany(r => r));
        }
        var disagreements = grids.SelectMany(g => g.Disagreements(coders.Count)).ToArray();
        return new ReliabilityReport(coders, results, disagreements, options.Resamples, options.Seed);
    }

    private static List<Comparison> Comparisons(IReadOnlyList<ReportCoder> coders, int[] humans, int consensusColumn)
    {
        var list = new List<Comparison>();
        for (var a = 0; a < humans.Length; a++)
        {
            for (var b = a + 1; b < humans.Length; b++)
            {
                list.Add(new Comparison(ComparisonKind.HumanPair, [humans[a], humans[b]], [coders[humans[a]].Id, coders[humans[b]].Id], HasReference: false));
            }
        }
        foreach (var m in Enumerable.Range(0, coders.Count).Where(i => coders[i].IsMachine))
        {
            // The human (reference) sits in column 0 so precision and recall read "machine against human".
            foreach (var h in humans)
            {
                list.Add(new Comparison(ComparisonKind.MachineVsHuman, [h, m], [coders[m].Id, coders[h].Id], HasReference: true));
            }
            if (humans.Length >= 2)
            {
                list.Add(new Comparison(ComparisonKind.MachineVsConsensus, [consensusColumn, m], [coders[m].Id, "consensus"], HasReference: true));
            }
        }
        if (coders.Count > 2)
        {
            list.Add(new Comparison(ComparisonKind.AllCoders, Enumerable.Range(0, coders.Count).ToArray(), coders.Select(c => c.Id).ToArray(), HasReference: false));
        }
        return list;
    }

    private void AddResults(List<ComparisonResult> results, ResultScope scope, string name, string category, IReadOnlyList<VariableGrid> grids, Comparison comparison, BootstrapOptions? bootstrap, string label)
    {
        var defaults = grids.Select(g => MetricNames.DefaultFor(g.Variable.Scale)).Distinct().ToArray();
        // Pooling variables of different scales: nominal alpha is the one coefficient that assumes nothing about distances.
        var metric = options.Metric ?? (defaults.Length == 1 ? defaults[0] : AgreementMetric.AlphaNominal);
        if (MetricCalculator.AlphaLevel(metric) is { } level)
        {
            AddAlphaResults(results, scope, name, category, grids, comparison, bootstrap, label, metric, level);
            return;
        }
        var rows = Rows(grids, comparison);
        if (rows.Count == 0)
        {
            return;
        }
        var matrix = RatingMatrix.FromRows(rows);
        var levels = grids.Count == 1 ? grids[0].Variable.Scale.Levels : [];
        var scale = levels.Count > 0 ? CategoryScale.Declared([.. levels]) : CategoryScale.Observed(matrix);
        var score = MetricCalculator.Compute(metric, matrix, scale, bootstrap);
        if (score is not null)
        {
            results.Add(Make(scope, name, category, comparison, MetricNames.Name(metric), presence: false, score) with { VariableName = label });
        }
        if (grids.All(g => g.Variable.Scale.HasPresence))
        {
            var presence = PresenceCoding.ToPresence(matrix);
            var alpha = KrippendorffAlpha.Compute(presence, MeasurementLevel.Nominal, bootstrap);
            var result = Make(scope, name, category, comparison, "presence-alpha", presence: true, alpha) with { VariableName = label };
            if (comparison.HasReference)
            {
                var prf = PresenceMetrics.Compute(presence, 0, 1);
                result = result with { Precision = prf.Precision, Recall = prf.Recall, F1 = prf.F1 };
            }
            results.Add(result);
        }
    }

    // The report's default metrics are alphas, which need only each unit's value counts: at the seed study's scale
    // (288 variables x 7 comparisons x score and presence) building them from the grids' codes instead of a matrix per
    // comparison is most of the statistics' time. A category's or the study's alpha pools its variables' coincidence
    // tallies (each variable's is made once, kept by its grid) rather than counting every unit again.
    private static void AddAlphaResults(List<ComparisonResult> results, ResultScope scope, string name, string category, IReadOnlyList<VariableGrid> grids, Comparison comparison, BootstrapOptions? bootstrap, string label, AgreementMetric metric, MeasurementLevel level)
    {
        var scores = Tally(grids, g => g.ScoreTally(comparison.Columns));
        if (scores is null)
        {
            return;
        }
        var score = KrippendorffAlpha.Compute(scores, level, bootstrap);
        results.Add(Make(scope, name, category, comparison, MetricNames.Name(metric), presence: false, score) with { VariableName = label });
        if (grids.All(g => g.Variable.Scale.HasPresence))
        {
            var alpha = KrippendorffAlpha.Compute(Tally(grids, g => g.PresenceTally(comparison.Columns))!, MeasurementLevel.Nominal, bootstrap);
            var result = Make(scope, name, category, comparison, "presence-alpha", presence: true, alpha) with { VariableName = label };
            if (comparison.HasReference)
            {
                var prf = PresenceMetrics.Compute(PresenceCoding.ToPresence(RatingMatrix.FromRows(Rows(grids, comparison))), 0, 1);
                result = result with { Precision = prf.Precision, Recall = prf.Recall, F1 = prf.F1 };
            }
            results.Add(result);
        }
    }

    // One grid's tally, or the pool of the grids' tallies; null when no unit of any grid has a value in the columns.
    private static CoincidenceTally? Tally(IReadOnlyList<VariableGrid> grids, Func<VariableGrid, CoincidenceTally?> of)
    {
        if (grids.Count == 1)
        {
            return of(grids[0]);
        }
        var parts = grids.Select(of).OfType<CoincidenceTally>().ToArray();
        return parts.Length == 0 ? null : CoincidenceTally.Pool(parts);
    }

    private static IReadOnlyList<double[]> Rows(IReadOnlyList<VariableGrid> grids, Comparison comparison) =>
        grids.Count == 1 ? grids[0].Rows(comparison.Columns) : grids.SelectMany(g => g.Rows(comparison.Columns)).ToList();

    private static ComparisonResult Make(ResultScope scope, string name, string category, Comparison comparison, string metric, bool presence, AgreementResult r) =>
        new(scope, name, category, comparison.Kind, comparison.Names, metric, presence, r.Value, r.CiLow, r.CiHigh, r.Units, r.PairableValues, r.ObservedDisagreement, r.ExpectedDisagreement);

    private sealed record Comparison(ComparisonKind Kind, int[] Columns, string[] Names, bool HasReference);
}
