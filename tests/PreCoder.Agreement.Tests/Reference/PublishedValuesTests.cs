using PreCoder.Agreement.Tests.Support;
using PreCoder.Core.Text;
using Xunit;

namespace PreCoder.Agreement.Tests.Reference;

/// <summary>
/// Every published value in tests/data/irr/expected_values.csv, recomputed and compared at the row's tolerance
/// (MathNet-style certified data). A row that cannot be matched goes to <see cref="KnownGaps"/> with the reason, never away.
/// </summary>
public sealed class PublishedValuesTests
{
    /// <summary>
    /// Rows that genuinely cannot be matched, id -> reason. Empty: all 118 rows match. A row added here must also get a
    /// <c>[Fact(Skip = reason)]</c> below so the gap shows up as skipped in every test run instead of vanishing.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownGaps = new Dictionary<string, string>(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceCase>> Cases = new(() =>
        CsvTable.Load(Path.Combine(RepositoryPaths.IrrData, "expected_values.csv")).Rows
            .Select(r => ReferenceCase.FromRow(r.Fields))
            .ToDictionary(c => c.Id, StringComparer.Ordinal));

    public static TheoryData<string> MatchableIds() => new(Cases.Value.Keys.Where(id => !KnownGaps.ContainsKey(id)));

    [Theory]
    [MemberData(nameof(MatchableIds))]
    public void Compute_PublishedReferenceRow_MatchesWithinTolerance(string id)
    {
        var c = Cases.Value[id];

        var actual = ReferenceCalculator.Compute(c);

        Assert.True(
            Math.Abs(actual - c.Expected) <= c.Tolerance,
            $"{c.Id} {c.Statistic} {c.Data} [{string.Join(';', c.Options.Select(o => $"{o.Key}={o.Value}"))}]: expected {c.Expected:R} +/- {c.Tolerance:R}, got {actual:R} (source: {c.Source})");
    }

    [Fact]
    public void ExpectedValues_AllRows_AreCoveredOrListedAsGaps()
    {
        Assert.Equal(118, Cases.Value.Count);
        Assert.All(KnownGaps.Keys, id => Assert.True(Cases.Value.ContainsKey(id), $"Gap {id} is not a reference row."));
    }
}
