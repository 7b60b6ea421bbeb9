using System.Globalization;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Reporting.StudyTables;

namespace PreCoder.Reporting.Quotes;

/// <summary>
/// The evidence quotes of one variable, from codes that say it is present (score above 0, or any nominal/numeric
/// value), grouped by an attribute and ordered by group, interview and time: the material a paper quotes from.
/// The same quote cited by several coders is listed once, with every coder and every score they gave ("2/3").
/// </summary>
public static class QuoteCollection
{
    public const string PseudonymAttribute = "pseudonym";

    public static IReadOnlyList<QuoteEntry> Collect(
        Variable variable,
        IEnumerable<CodeRecord> codes,
        IReadOnlyDictionary<(string Interview, string Passage), QuotePassage> passages,
        IReadOnlyList<StudyInterview> interviews,
        string? by)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var byId = interviews.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var entries = new List<QuoteEntry>();
        foreach (var code in codes.Where(c => c.VariableId == variable.Id && Supports(variable, c.Score)))
        {
            var interview = byId.GetValueOrDefault(code.InterviewId);
            var attributes = interview?.Attributes ?? new Dictionary<string, string>();
            var pseudonym = attributes.TryGetValue(PseudonymAttribute, out var p) && p.Length > 0 ? p : code.InterviewId;
            var group = by is not null && attributes.TryGetValue(by, out var g) ? g : "";
            foreach (var quote in code.Evidence)
            {
                var passage = passages.GetValueOrDefault((code.InterviewId, quote.PassageId));
                entries.Add(new QuoteEntry(variable.Id, code.InterviewId, pseudonym, group, code.CoderId, variable.Scale.Format(code.Score),
                    passage?.Speaker ?? "", quote.StartTime ?? passage?.Start, quote.Text, quote.English, quote.Flags));
            }
        }

        return entries
            .GroupBy(e => (e.Interview, e.Start, e.Text))
            .Select(g => g.First() with
            {
                Coder = string.Join(", ", g.Select(e => e.Coder).Distinct().Order(StringComparer.Ordinal)),
                Score = string.Join("/", g.Select(e => e.Score).Distinct()),
            })
            .OrderBy(e => e.Group, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Interview, StringComparer.Ordinal)
            .ThenBy(e => e.Start ?? double.MaxValue)
            .ToArray();
    }

    /// <summary><c>h:mm:ss</c>, or empty without a time.</summary>
    public static string Time(double? seconds) =>
        seconds is { } s ? TimeSpan.FromSeconds(Math.Floor(s)).ToString(s >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "";

    // A quote for "not present" (0) or a missing code is not evidence of the variable.
    private static bool Supports(Variable variable, Score score) =>
        score.Value is { } v && (!variable.Scale.HasPresence || v > 0);
}
