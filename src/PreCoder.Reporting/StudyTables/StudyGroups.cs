namespace PreCoder.Reporting.StudyTables;

/// <summary>The groups every study table compares: interviews by their value of one attribute, values in alphabetical order.</summary>
public static class StudyGroups
{
    public static IReadOnlyList<(string Key, IReadOnlyList<StudyInterview> Members)> Of(string attribute, IReadOnlyList<StudyInterview> interviews) =>
        interviews
            .Where(i => i.Attributes.TryGetValue(attribute, out var v) && !string.IsNullOrWhiteSpace(v))
            .GroupBy(i => i.Attributes[attribute].Trim(), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, (IReadOnlyList<StudyInterview>)g.ToArray()))
            .ToArray();
}
