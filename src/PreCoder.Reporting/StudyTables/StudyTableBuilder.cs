using PreCoder.Core.Codebooks;
using PreCoder.Reporting.Reliability;
using PreCoder.Reporting.StudyCodes;

namespace PreCoder.Reporting.StudyTables;

/// <summary>
/// Computes "% mentioned" and "average score" per variable and attribute value, as in the study's Tables 3-9.
/// Passage-level codes are folded into one score per interview by their maximum: a variable mentioned in any passage
/// is mentioned in the interview, and its importance is the highest any passage gave it.
/// Only variables with presence semantics (Likert and binary scales starting at 0) are tabulated: "% mentioned" and an
/// average mean nothing for nominal or numeric demographics, which the study reports elsewhere.
/// </summary>
public static class StudyTableBuilder
{
    public static StudyTable Build(string attribute, string coder, IReadOnlyList<Variable> variables, IReadOnlyList<StudyInterview> interviews, IReadOnlyList<UnitRating> ratings)
    {
        var scores = ratings
            .Where(r => r.CoderId == coder)
            .GroupBy(r => (r.Unit, r.VariableId))
            .ToDictionary(g => g.Key, g => g.All(r => double.IsNaN(r.Value)) ? double.NaN : g.Where(r => !double.IsNaN(r.Value)).Max(r => r.Value));

        return Build(attribute, coder, variables, interviews, scores);
    }

    /// <summary>The tables from a <see cref="CodeSource"/> (one coder, a machine or the consensus), labelled with its description.</summary>
    public static StudyTable Build(string attribute, IReadOnlyList<Variable> variables, IReadOnlyList<StudyInterview> interviews, CodeSource codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var scores = codes.Scores.ToDictionary(kv => kv.Key, kv => kv.Value.Value ?? double.NaN);
        return Build(attribute, codes.Description, variables, interviews, scores);
    }

    private static StudyTable Build(string attribute, string coder, IReadOnlyList<Variable> variables, IReadOnlyList<StudyInterview> interviews, Dictionary<(string, string), double> scores)
    {
        var grouped = StudyGroups.Of(attribute, interviews);
        var rows = variables.Where(v => v.Scale.HasPresence)
            .Select(v => new StudyTableRow(v.Id, v.Name, v.Category, grouped.Select(g => Cell(v, g.Key, g.Members, scores)).ToArray()) { PresenceOnly = v.Scale.Kind == ScaleKind.Binary })
            .ToArray();
        return new StudyTable(attribute, coder, grouped.Select(g => g.Key).ToArray(), rows);
    }

    private static StudyTableCell Cell(Variable variable, string group, IReadOnlyList<StudyInterview> members, Dictionary<(string, string), double> scores)
    {
        var applicable = members.Where(i => variable.AppliesToAttributes(i.Attributes)).ToArray();
        if (applicable.Length == 0)
        {
            return new StudyTableCell(group, false, 0, 0, double.NaN, double.NaN);
        }
        var coded = new List<double>();
        var missing = 0;
        foreach (var interview in applicable)
        {
            if (scores.TryGetValue((interview.Id, variable.Id), out var s) && !double.IsNaN(s))
            {
                coded.Add(s);
            }
            else
            {
                missing++;
            }
        }
        if (coded.Count == 0)
        {
            return new StudyTableCell(group, true, 0, missing, double.NaN, double.NaN);
        }
        return new StudyTableCell(group, true, coded.Count, missing, 100.0 * coded.Count(s => s > 0) / coded.Count, coded.Average());
    }
}
