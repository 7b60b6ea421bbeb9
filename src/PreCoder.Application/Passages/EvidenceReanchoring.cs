using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Passages;

/// <summary>
/// Keeps coders' evidence true to the transcript when an interview's passages are rebuilt (a re-import, a relabelled
/// speaker, other passage settings): each quote of a current code is found again by its text and re-anchored; a quote
/// no longer in the transcript stays, flagged <see cref="TrustFlags.Unanchored"/> for review - never silently dropped
/// or shifted. The trail is append-only, so a re-anchored code is a new decision that repeats the code with the new evidence.
/// </summary>
public static class EvidenceReanchoring
{
    /// <summary>The <see cref="CodeDecision.Source"/> of the decisions that repeat a code with re-anchored evidence.</summary>
    public const string Source = "evidence re-anchored after the passages were rebuilt";

    /// <summary>Runs inside the caller's transaction, after the new passages are added; returns how many quotes moved and how many were lost.</summary>
    public static async Task<ReanchorResult> ReanchorAsync(StudyDbContext db, string interviewId, IReadOnlyList<Passage> passages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var trail = await db.Decisions.AsNoTracking()
            .Where(d => d.InterviewId == interviewId && d.Action != DecisionAction.Note)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var current = trail.GroupBy(d => (d.CoderId, d.PassageId, d.VariableId)).Select(g => g.Last()).Where(d => d.SetsCode && d.Evidence.Count > 0);
        var byId = passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        int moved = 0, lost = 0;
        foreach (var code in current)
        {
            var evidence = new List<EvidenceQuote>(code.Evidence.Count);
            var changed = false;
            foreach (var quote in code.Evidence)
            {
                if (StillAnchored(quote, byId))
                {
                    evidence.Add(quote);
                    continue;
                }
                var found = EvidenceLocator.Find(quote.Text, Candidates(quote, passages));
                if (found is not null)
                {
                    evidence.Add(found);
                    moved++;
                }
                else if ((quote.Flags & TrustFlags.Unanchored) == 0)
                {
                    evidence.Add(quote with { Flags = quote.Flags | TrustFlags.Unanchored });
                    lost++;
                }
                else
                {
                    evidence.Add(quote);
                    continue;
                }
                changed = true;
            }
            if (!changed)
            {
                continue;
            }
            db.Decisions.Add(new CodeDecision
            {
                InterviewId = code.InterviewId,
                // A passage-level code whose passage is gone keeps its old id: its flagged evidence says why.
                PassageId = code.PassageId,
                VariableId = code.VariableId,
                CodebookVersion = code.CodebookVersion,
                CoderId = code.CoderId,
                Action = code.Action,
                Value = code.Value,
                MissingReason = code.MissingReason,
                SuggestionId = code.SuggestionId,
                SuggestionModelVersion = code.SuggestionModelVersion,
                PreviousValue = code.Value,
                PreviousMissingReason = code.MissingReason,
                Evidence = evidence,
                Source = Source,
                At = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ReanchorResult(moved, lost);
    }

    private static bool StillAnchored(EvidenceQuote quote, Dictionary<string, Passage> passages)
    {
        if (!passages.TryGetValue(quote.PassageId, out var passage))
        {
            return false;
        }
        var text = quote.English ? passage.English : passage.Text;
        return text is not null && quote.Start >= 0 && quote.Start + quote.Length <= text.Length
            && string.CompareOrdinal(text, quote.Start, quote.Text, 0, quote.Length) == 0 && quote.Text.Length == quote.Length;
    }

    /// <summary>The passage a quote was in when it still exists, then the rest in order, so a repeated phrase stays where it was.</summary>
    private static IEnumerable<Passage> Candidates(EvidenceQuote quote, IReadOnlyList<Passage> passages) =>
        passages.OrderBy(p => p.Id == quote.PassageId ? 0 : 1).ThenBy(p => quote.StartTime is { } t && p.Start is { } s ? Math.Abs(s - t) : 0).ThenBy(p => p.Index);
}
