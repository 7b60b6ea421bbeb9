using System.Globalization;
using PreCoder.Core.Codebooks;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// The readable rules that turn mentions into a level (docs/classifier.md explains them for researchers). Importance
/// is how much the interviewee's own account ties the factor to their decision:
/// <list type="bullet">
/// <item>0 - nothing in the interview rises above the presence bar.</item>
/// <item>1 - it comes up, but is never given as a reason and is not recurring or strong: background.</item>
/// <item>2 - given as a reason once, or recurring (in several passages), or strong, or said in the same breath as the decision.</item>
/// <item>3 - given as a reason AND (mentioned in two or more passages, or strong): the speaker returns to it or dwells on it and says "this is why".</item>
/// </list>
/// Binary scales stop at present = 1.
/// </summary>
public static class ImportanceRules
{
    public static (int Level, string Rationale) Decide(VariableMentions m, ZeroShotOptions options)
    {
        var best = m.BestZ.ToString("0.0", CultureInfo.InvariantCulture);
        var bar = m.Bar.ToString("0.0", CultureInfo.InvariantCulture);
        if (!m.Present)
        {
            return (0, $"not present: best passage {best} SD above the study's typical similarity, below the bar of {bar}");
        }
        var top = (int)(m.Variable.Scale.Max ?? 1);
        if (m.Variable.Scale.Kind == ScaleKind.Binary || top <= 1)
        {
            return (1, $"present: best passage {best} SD above typical (bar {bar}), {Plural(m.Mentions.Count, "passage")}");
        }
        var recurring = m.Mentions.Count >= options.RecurringPassages;
        var reason = m.ReasonSpan is not null;
        var facts = new List<string> { $"comes up in {Plural(m.Mentions.Count, "passage")}", $"strongest {best} SD (bar {bar})" };
        if (reason)
        {
            facts.Add($"given as a reason (\"{CueWords.FirstReason(m.ReasonSpan!.Text)}\" in {m.ReasonSpan.Passage.Passage.Id})");
        }
        if (m.TiedToDecision)
        {
            facts.Add("mentioned with the decision to join or go");
        }
        int level;
        string why;
        if (reason && (m.Mentions.Count >= 2 || m.Strong))
        {
            level = 3;
            why = "given as a reason and returned to or dwelt on";
        }
        else if (reason || recurring || m.Strong || m.TiedToDecision)
        {
            level = 2;
            why = reason ? "given as a reason once" : recurring ? "recurring" : m.Strong ? "strong" : "tied to the decision";
        }
        else
        {
            level = 1;
            why = "present as background, not linked to the decision";
        }
        return (Math.Min(level, top), $"{why}: {string.Join("; ", facts)}");
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
