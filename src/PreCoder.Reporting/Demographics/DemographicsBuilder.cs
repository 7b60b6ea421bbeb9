using System.Globalization;
using PreCoder.Reporting.StudyTables;

namespace PreCoder.Reporting.Demographics;

/// <summary>
/// Builds Table 1 from interview attributes: for numbers, mean, SD and range of the known values (n and missing
/// counted); for categories, each value's share of the whole group with the unknown listed, as the study prints it
/// (its shares are of all 182 men, so they need not add up to 100% without the unknown).
/// </summary>
public static class DemographicsBuilder
{
    public static DemographicsTable Build(string attribute, IReadOnlyList<StudyInterview> interviews, IReadOnlyList<string>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        var groups = StudyGroups.Of(attribute, interviews);
        var names = attributes ?? interviews.SelectMany(i => i.Attributes.Keys).Distinct(StringComparer.Ordinal)
            .Where(a => !a.Equals(attribute, StringComparison.OrdinalIgnoreCase)).ToArray();
        var rows = names.Select(name =>
        {
            var known = interviews.Select(i => Value(i, name)).Where(v => v is not null).ToArray();
            var numeric = known.Length > 0 && known.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            var cells = groups.Select(g => numeric ? NumericCell(g.Key, g.Members, name) : SharesCell(g.Key, g.Members, name)).ToArray();
            return new DemographicsRow(name, numeric, cells);
        }).ToArray();
        return new DemographicsTable(attribute, groups.Select(g => g.Key).ToArray(), groups.Select(g => g.Members.Count).ToArray(), rows);
    }

    private static DemographicsCell NumericCell(string group, IReadOnlyList<StudyInterview> members, string name)
    {
        var values = members.Select(i => Value(i, name)).Where(v => v is not null)
            .Select(v => double.Parse(v!, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        if (values.Length == 0)
        {
            return new DemographicsCell(group, members.Count, new NumericSummary(0, members.Count, double.NaN, double.NaN, double.NaN, double.NaN), []);
        }

        var mean = values.Average();
        var sd = values.Length > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) : double.NaN;
        return new DemographicsCell(group, members.Count, new NumericSummary(values.Length, members.Count - values.Length, mean, sd, values.Min(), values.Max()), []);
    }

    private static DemographicsCell SharesCell(string group, IReadOnlyList<StudyInterview> members, string name)
    {
        var shares = members.GroupBy(i => Value(i, name), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key is null)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CategoryShare(g.Key, g.Count(), 100.0 * g.Count() / members.Count))
            .ToArray();
        return new DemographicsCell(group, members.Count, null, shares);
    }

    private static string? Value(StudyInterview interview, string name) =>
        interview.Attributes.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
