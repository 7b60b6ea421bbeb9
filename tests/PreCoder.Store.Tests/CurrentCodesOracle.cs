using PreCoder.Core.Coding;

namespace PreCoder.Store.Tests;

/// <summary>
/// The in-memory algorithm CodeQueries used before the database answered: replay the whole trail in id order, the
/// last non-note decision of each unit wins, keep the winners that set a code. Tests hold the query to it.
/// </summary>
internal static class CurrentCodesOracle
{
    public static IReadOnlyList<CodeRecord> CurrentCodes(IEnumerable<CodeDecision> trail, Func<string, bool>? coderFilter)
    {
        var latest = new Dictionary<(string Coder, string Interview, string? Passage, string Variable), CodeDecision>();
        foreach (var d in trail.Where(d => d.Action != DecisionAction.Note).OrderBy(d => d.Id))
        {
            if (coderFilter is not null && !coderFilter(d.CoderId))
            {
                continue;
            }
            latest[(d.CoderId, d.InterviewId, d.PassageId, d.VariableId)] = d;
        }
        return latest.Values
            .Where(d => d.SetsCode)
            .Select(d => new CodeRecord(d.InterviewId, d.PassageId, d.VariableId, d.CoderId, d.Score, d.Evidence))
            .ToArray();
    }

    /// <summary>A trail of random decisions on few units, so most units get several decisions, notes and rejects.</summary>
    public static List<CodeDecision> RandomTrail(int seed, int count)
    {
        var random = new Random(seed);
        var actions = Enum.GetValues<DecisionAction>();
        string[] coders = ["ayse", "jonas", "machine:embedded"];
        string?[] passages = [null, null, "p0001", "p0002"];
        var at = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(i =>
        {
            var action = actions[random.Next(actions.Length)];
            return new CodeDecision
            {
                InterviewId = $"int0{random.Next(3)}",
                PassageId = passages[random.Next(passages.Length)],
                VariableId = $"var{random.Next(4)}",
                CodebookVersion = 1,
                CoderId = coders[random.Next(coders.Length)],
                Action = action,
                Value = action is DecisionAction.MarkMissing or DecisionAction.Reject or DecisionAction.Note ? null : random.Next(4),
                MissingReason = action == DecisionAction.MarkMissing ? "refused" : null,
                Evidence = random.Next(3) == 0 ? [new EvidenceQuote("p0001", i, i + 3, $"q{i}", false, null, null, default)] : [],
                At = at.AddSeconds(i),
            };
        }).ToList();
    }
}
