using System.Text.RegularExpressions;

namespace PreCoder.Llm.Privacy;

/// <summary>
/// Finds words that are probably names of people and places, without a language model: capitalised words that the
/// study's text never writes in lower case (so "The" and "Because" are not names, but "Yassine" and "Anderlecht" are),
/// minus the codebook's own vocabulary (Syria, ISIS: the study's subject, not an identifier) and the kept terms, plus
/// every speaker label and the terms to mask. See docs/llm.md for what this misses.
/// </summary>
public static partial class NameFinder
{
    // Speaker labels that name a role, not a person.
    private static readonly HashSet<string> RoleLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "interviewer", "interviewee", "translator", "interpreter", "respondent", "participant", "speaker", "q", "a",
    };

    public static IReadOnlyList<string> Find(IEnumerable<string> texts, IEnumerable<string> speakers, IEnumerable<string> vocabulary, IEnumerable<string> keep, IEnumerable<string> mask)
    {
        var lowerSeen = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in Word().Matches(text))
            {
                var w = m.Value;
                if (char.IsLower(w[0]))
                {
                    lowerSeen.Add(w);
                }
                else if (char.IsUpper(w[0]) && w.Length > 1)
                {
                    capitalised.Add(w);
                }
            }
        }
        var kept = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in vocabulary.Concat(keep))
        {
            foreach (Match m in Word().Matches(text))
            {
                kept.Add(m.Value);
            }
        }
        var names = capitalised.Where(w => !lowerSeen.Contains(w.ToLowerInvariant()) && !kept.Contains(w)).ToHashSet(StringComparer.Ordinal);
        foreach (var s in speakers.Concat(mask))
        {
            foreach (Match m in Word().Matches(s))
            {
                if (m.Value.Length > 1 && !RoleLabels.Contains(m.Value))
                {
                    names.Add(m.Value);
                }
            }
        }
        return names.Order(StringComparer.Ordinal).ToArray();
    }

    // Letters with inner apostrophes or hyphens ("Al-Amin", "O'Neil"); possessive 's is left outside the word.
    [GeneratedRegex(@"\p{L}+(?:[-'’]\p{L}{2,})*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
