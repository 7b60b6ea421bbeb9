using PreCoder.Core.Coding;

namespace PreCoder.Reporting.StudyCodes;

/// <summary>
/// Whose codes a table or export shows, and the codes themselves: one score per (interview, variable).
/// <see cref="Description"/> is printed with every output so a reader knows whether it is one coder, a machine or a consensus.
/// </summary>
/// <param name="Name">What was asked for: a coder id, <c>consensus</c> or <c>machine:NAME</c>.</param>
/// <param name="Description">E.g. "coder ayse", "consensus of ayse, jonas (strict majority; 3 ties left missing)".</param>
/// <param name="Scores">The folded scores; an absent key is "not coded", a missing score is the coder's explicit missing.</param>
/// <param name="Ties">Interview-variable pairs where the humans had no strict majority (consensus only).</param>
public sealed record CodeSource(
    string Name,
    string Description,
    IReadOnlyDictionary<(string Interview, string Variable), Score> Scores,
    int Ties = 0)
{
    /// <summary>The name that asks for the human consensus.</summary>
    public const string ConsensusName = "consensus";

    /// <summary>One coder's codes, folded to interviews.</summary>
    public static CodeSource OfCoder(string coder, IEnumerable<CodeRecord> records, bool machine = false)
    {
        var scores = InterviewScores.Fold(records.Where(r => r.CoderId.Equals(coder, StringComparison.OrdinalIgnoreCase)
                || (machine && coder.Equals(Coder.MachineAlias, StringComparison.OrdinalIgnoreCase))))
            .GroupBy(kv => (kv.Key.Interview, kv.Key.Variable))
            .ToDictionary(g => g.Key, g => g.First().Value);
        return new CodeSource(coder, machine ? $"machine coder {coder}" : $"coder {coder}", scores);
    }

    /// <summary>
    /// The human consensus: the codes of a reconciled coder named <see cref="ConsensusName"/> when the study has one,
    /// otherwise per interview and variable the score a strict majority of the human coders gave (at least two coded;
    /// see <see cref="Reliability.Consensus"/>). Pairs without a majority are ties, left out and counted.
    /// </summary>
    public static CodeSource Consensus(IReadOnlyList<string> humanCoders, IEnumerable<CodeRecord> records)
    {
        var list = records.ToList();
        var reconciled = humanCoders.FirstOrDefault(c => c.Equals(ConsensusName, StringComparison.OrdinalIgnoreCase));
        if (reconciled is not null)
        {
            return OfCoder(reconciled, list) with { Name = ConsensusName, Description = $"reconciled coder {reconciled}" };
        }

        var folded = InterviewScores.Fold(list.Where(r => humanCoders.Contains(r.CoderId, StringComparer.OrdinalIgnoreCase)));
        var scores = new Dictionary<(string, string), Score>();
        var ties = 0;
        foreach (var unit in folded.GroupBy(kv => (kv.Key.Interview, kv.Key.Variable)))
        {
            var values = unit.Select(kv => kv.Value.Value ?? double.NaN).ToArray();
            var coded = values.Count(v => !double.IsNaN(v));
            if (coded == 0)
            {
                // Every human said missing: the consensus is missing too, with the reason they agree on if any.
                var reasons = unit.Select(kv => kv.Value.MissingReason).Distinct().ToArray();
                scores[unit.Key] = Score.Missing(reasons.Length == 1 ? reasons[0] : null);
                continue;
            }

            var majority = Reliability.Consensus.Of(values);
            if (double.IsNaN(majority))
            {
                ties += coded >= 2 ? 1 : 0;
                continue;
            }

            scores[unit.Key] = Score.Of(majority);
        }

        var who = string.Join(", ", humanCoders);
        return new CodeSource(ConsensusName, $"consensus of {who} (strict majority of coders who coded; {ties} ties left out)", scores, ties);
    }
}
