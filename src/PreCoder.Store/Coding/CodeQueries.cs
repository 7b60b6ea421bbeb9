using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Coding;

/// <summary>Reads coders' current codes from the append-only trail: for each unit, the coder's latest decision that sets or clears a code.</summary>
public static class CodeQueries
{
    public static async Task<IReadOnlyList<CodeRecord>> CurrentCodesAsync(StudyDbContext db, Func<string, bool>? coderFilter, CancellationToken cancellationToken)
    {
        var rows = await db.Decisions.AsNoTracking()
            .Where(d => d.Action != DecisionAction.Note)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var latest = new Dictionary<(string Coder, string Interview, string? Passage, string Variable), CodeDecision>();
        foreach (var d in rows)
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
}
