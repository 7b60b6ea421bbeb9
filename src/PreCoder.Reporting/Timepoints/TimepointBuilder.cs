using PreCoder.Core.Codebooks;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyTables;

namespace PreCoder.Reporting.Timepoints;

/// <summary>Builds a <see cref="TimepointTable"/> from variables given in time order and one coder's (or the consensus') codes.</summary>
public static class TimepointBuilder
{
    /// <summary>The codebook category holding the seed study's three radicalization timepoints.</summary>
    public const string RadicalizationCategory = "radicalization";

    public static TimepointTable Build(string name, string attribute, IReadOnlyList<Variable> timepoints, IReadOnlyList<StudyInterview> interviews, CodeSource codes)
    {
        ArgumentNullException.ThrowIfNull(timepoints);
        var groups = StudyGroups.Of(attribute, interviews);
        double Score(StudyInterview i, Variable v) =>
            codes.Scores.TryGetValue((i.Id, v.Id), out var s) && s.Value is { } x && v.AppliesToAttributes(i.Attributes) ? x : double.NaN;

        var means = timepoints.Select(v => (IReadOnlyList<TimepointCell>)groups.Select(g =>
        {
            var values = g.Members.Select(i => Score(i, v)).Where(x => !double.IsNaN(x)).ToArray();
            return new TimepointCell(g.Key, values.Length, g.Members.Count - values.Length, values.Length == 0 ? double.NaN : values.Average());
        }).ToArray()).ToArray();

        var changes = timepoints.Zip(timepoints.Skip(1)).Select(pair => (IReadOnlyList<TimepointChange>)groups.Select(g =>
        {
            var deltas = g.Members.Select(i => Score(i, pair.Second) - Score(i, pair.First)).Where(d => !double.IsNaN(d)).ToArray();
            return new TimepointChange(g.Key, pair.First.Id, pair.Second.Id, deltas.Length, deltas.Length == 0 ? double.NaN : deltas.Average());
        }).ToArray()).ToArray();

        return new TimepointTable(name, groups.Select(g => g.Key).ToArray(), timepoints.Select(v => (v.Id, v.Name)).ToArray(), means, changes);
    }
}
