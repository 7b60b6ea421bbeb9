using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Text;

namespace PreCoder.Application.Payoff;

/// <summary>
/// The study's evidence that suggestions help rather than anchor coders: for each coder and variable, what became of
/// the suggestions their current codes answer. Each unit's current code is found by the database (the latest
/// non-note decision per coder, interview and variable) and joined to the suggestion it answered.
/// </summary>
public sealed class SuggestionPayoff(StudySession session)
{
    /// <summary>Longer gaps between two decisions are breaks, not coding time. The default value is 10 minutes.</summary>
    public static readonly TimeSpan BreakAfter = TimeSpan.FromMinutes(10);

    public async Task<PayoffReport> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var consensus = Reconciliation.InterviewReconciliation.ConsensusCoder;
        var answered = await db.Decisions.AsNoTracking()
            .Where(d => d.PassageId == null && d.Action != DecisionAction.Note && d.SuggestionId != null && d.CoderId != consensus)
            .Where(d => !db.Decisions.Any(later => later.CoderId == d.CoderId && later.InterviewId == d.InterviewId && later.VariableId == d.VariableId
                && later.PassageId == null && later.Action != DecisionAction.Note && later.Id > d.Id))
            .Join(db.Suggestions, d => d.SuggestionId, s => s.Id, (d, s) => new { d.CoderId, d.VariableId, d.Action, d.Value, Suggested = s.Value })
            .ToListAsync(cancellationToken);
        var names = codebook.Codebook.Variables.ToDictionary(v => v.Id, v => v.Name, StringComparer.Ordinal);
        var order = codebook.Codebook.Variables.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        PayoffRow Row(string coder, string? variable, IEnumerable<(DecisionAction Action, double? Value, double? Suggested)> units)
        {
            int unchanged = 0, byOne = 0, byMore = 0, missing = 0, rejected = 0, all = 0;
            foreach (var (action, value, suggested) in units)
            {
                all++;
                if (action == DecisionAction.Reject)
                {
                    rejected++;
                }
                else if (value is not { } v)
                {
                    missing++;
                }
                else if (suggested is not { } s)
                {
                    // The machine had no score (missing) and the coder gave one: as far from it as a change gets.
                    byMore++;
                }
                else if (v == s)
                {
                    unchanged++;
                }
                else if (Math.Abs(v - s) <= 1)
                {
                    byOne++;
                }
                else
                {
                    byMore++;
                }
            }
            return new PayoffRow(coder, variable, variable is null ? "all variables" : names.GetValueOrDefault(variable, variable), all, unchanged, byOne, byMore, missing, rejected);
        }

        var byCoder = answered.GroupBy(a => a.CoderId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, null, g.Select(a => (a.Action, a.Value, a.Suggested))))
            .ToArray();
        var byVariable = answered.GroupBy(a => (a.CoderId, a.VariableId))
            .OrderBy(g => g.Key.CoderId, StringComparer.Ordinal).ThenBy(g => order.GetValueOrDefault(g.Key.VariableId, int.MaxValue))
            .Select(g => Row(g.Key.CoderId, g.Key.VariableId, g.Select(a => (a.Action, a.Value, a.Suggested))))
            .ToArray();
        return new PayoffReport(byCoder, byVariable, await PaceAsync(cancellationToken));
    }

    public static void WriteCsv(TextWriter writer, PayoffReport report)
    {
        CsvWriter.WriteRow(writer, "coder", "variable", "answered", "unchanged", "changed_by_1", "changed_by_more", "missing", "rejected");
        foreach (var row in report.ByCoder.Concat(report.ByVariable))
        {
            CsvWriter.WriteRow(writer, row.Coder, row.VariableId ?? "*", Text(row.Answered), Text(row.Unchanged), Text(row.ChangedByOne), Text(row.ChangedByMore), Text(row.Missing), Text(row.Rejected));
        }
    }

    private async Task<IReadOnlyList<CoderPace>> PaceAsync(CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var times = await db.Decisions.AsNoTracking()
            .Where(d => d.PassageId == null)
            .Select(d => new { d.CoderId, d.InterviewId, d.At })
            .ToListAsync(cancellationToken);
        return times.GroupBy(t => t.CoderId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(coder =>
            {
                var minutes = coder.GroupBy(t => t.InterviewId)
                    .Select(interview => interview.Select(t => t.At).Order().Zip(interview.Select(t => t.At).Order().Skip(1), (a, b) => b - a)
                        .Where(gap => gap <= BreakAfter).Sum(gap => gap.TotalMinutes))
                    .Where(m => m > 0)
                    .Order()
                    .ToArray();
                var median = minutes.Length == 0 ? 0 : minutes.Length % 2 == 1 ? minutes[minutes.Length / 2] : (minutes[minutes.Length / 2 - 1] + minutes[minutes.Length / 2]) / 2;
                return new CoderPace(coder.Key, minutes.Length, median, minutes.Sum());
            })
            .Where(p => p.Interviews > 0)
            .ToArray();
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
