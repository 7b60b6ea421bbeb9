using PreCoder.Core.Coding;

namespace PreCoder.Reporting.StudyCodes;

/// <summary>
/// One score per interview, variable and coder, as the study's tables count them: a coder's interview-wide code wins;
/// otherwise its passage codes fold to their maximum (a variable mentioned in any passage is mentioned in the
/// interview, as important as the strongest passage). Passage codes that are all missing fold to missing, keeping the
/// first reason given.
/// </summary>
public static class InterviewScores
{
    public static Dictionary<(string Interview, string Variable, string Coder), Score> Fold(IEnumerable<CodeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records
            .GroupBy(r => (r.InterviewId, r.VariableId, r.CoderId))
            .ToDictionary(g => g.Key, g =>
            {
                var whole = g.FirstOrDefault(r => r.PassageId is null);
                if (whole is not null)
                {
                    return whole.Score;
                }

                var scored = g.Where(r => r.Score.Value is not null).ToArray();
                return scored.Length > 0
                    ? Score.Of(scored.Max(r => r.Score.Value!.Value))
                    : Score.Missing(g.Select(r => r.Score.MissingReason).FirstOrDefault(m => !string.IsNullOrEmpty(m)));
            });
    }
}
