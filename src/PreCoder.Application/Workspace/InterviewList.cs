using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Application.Workspace;

/// <summary>The interviews of the study with each coder's progress, as one coder may see it (blind coders see only their own).</summary>
public sealed class InterviewList(StudySession session)
{
    public async Task<IReadOnlyList<InterviewSummary>> LoadAsync(string coder, CancellationToken cancellationToken)
    {
        var options = session.Configuration.Bind<WorkspaceOptions>(WorkspaceOptions.Section);
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var interviews = await db.Interviews.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var passages = await db.Passages.AsNoTracking()
            .GroupBy(p => p.InterviewId)
            .Select(g => new { InterviewId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.InterviewId, x => x.Count, cancellationToken);
        // Counted in the database: variables each coder has given a code (a score or missing), whatever came after;
        // a later reject is rare enough that the list does not replay every trail to subtract it.
        var coded = await db.Decisions.AsNoTracking()
            .Where(d => d.PassageId == null && d.Action != DecisionAction.Note && d.Action != DecisionAction.Reject)
            .GroupBy(d => new { d.CoderId, d.InterviewId })
            .Select(g => new { g.Key.CoderId, g.Key.InterviewId, Count = g.Select(d => d.VariableId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var byInterview = coded.ToLookup(c => c.InterviewId, StringComparer.Ordinal);
        var interviewVariables = codebook.Codebook.Variables.Where(v => v.Unit == CodingUnit.Interview).ToArray();
        return interviews.Select(i =>
        {
            var visibility = options.VisibilityFor(coder, i.Id);
            var total = interviewVariables.Count(v => v.AppliesToAttributes(i.Attributes));
            var progress = byInterview[i.Id]
                .Where(c => visibility.ShowsOtherCoders || c.CoderId == coder)
                .Select(c => new CoderProgress(c.CoderId, Math.Min(c.Count, total), total))
                .ToList();
            if (!progress.Any(p => p.Coder == coder))
            {
                progress.Add(new CoderProgress(coder, 0, total));
            }
            return new InterviewSummary(i.Id, passages.GetValueOrDefault(i.Id), progress.OrderBy(p => p.Coder != coder).ThenBy(p => p.Coder, StringComparer.Ordinal).ToArray());
        }).ToArray();
    }
}
