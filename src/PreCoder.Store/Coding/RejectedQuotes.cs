using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Coding;

/// <summary>
/// The quotes one coder turned down, from the audit trail: for each interview-level unit, every quote of the coder's
/// earlier decisions and of the suggestions they rejected or changed that their current code does not cite. A quote
/// is told apart by its place (passage, start, length), so the same words elsewhere in the interview are not implied.
/// </summary>
public static class RejectedQuotes
{
    public static async Task<IReadOnlyList<RejectedQuote>> OfCoderAsync(StudyDbContext db, string coder, CancellationToken cancellationToken)
    {
        var trail = await db.Decisions.AsNoTracking()
            .Where(d => d.CoderId == coder && d.PassageId == null && d.Action != DecisionAction.Note)
            .OrderBy(d => d.Id)
            .Select(d => new { d.InterviewId, d.VariableId, d.Action, d.SuggestionId, d.Evidence })
            .ToListAsync(cancellationToken);
        // Only the suggestions a coder turned down are read: an accepted one's quotes are already in the decision.
        var answered = trail.Where(d => TurnsDown(d.Action) && d.SuggestionId is not null)
            .Select(d => d.SuggestionId!.Value).Distinct().ToArray();
        var suggested = answered.Length == 0
            ? new Dictionary<long, IReadOnlyList<EvidenceQuote>>()
            : await db.Suggestions.AsNoTracking().Where(s => answered.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => s.Evidence, cancellationToken);

        var rejected = new List<RejectedQuote>();
        foreach (var unit in trail.GroupBy(d => (d.InterviewId, d.VariableId)))
        {
            var decisions = unit.ToArray();
            var latest = decisions[^1];
            var kept = CodeDecision.Sets(latest.Action) ? latest.Evidence.Select(Place).ToHashSet() : [];
            var seen = new HashSet<(string, int, int)>();
            foreach (var d in decisions)
            {
                var shown = TurnsDown(d.Action) && d.SuggestionId is { } id && suggested.TryGetValue(id, out var s)
                    ? d.Evidence.Concat(s)
                    : d.Evidence;
                foreach (var quote in shown)
                {
                    if (!kept.Contains(Place(quote)) && seen.Add(Place(quote)))
                    {
                        rejected.Add(new RejectedQuote(unit.Key.InterviewId, unit.Key.VariableId, quote));
                    }
                }
            }
        }
        return rejected;
    }

    /// <summary>Decisions that answer a suggestion without taking its quotes (an accept's quotes are in the decision itself).</summary>
    private static bool TurnsDown(DecisionAction action) => action is DecisionAction.Reject or DecisionAction.Edit;

    private static (string, int, int) Place(EvidenceQuote q) => (q.PassageId, q.Start, q.Length);
}
