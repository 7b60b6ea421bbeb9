using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Transcripts.Import;

namespace PreCoder.Application.Transcripts;

/// <summary>
/// Renames a speaker of one interview and sets their role (an automatic SPEAKER_2 is the translator), then rebuilds the
/// interview's passages and re-anchors coders' evidence, all in one transaction.
/// </summary>
public static class SpeakerRelabelling
{
    public static async Task<SpeakerRelabelResult> RelabelAsync(StudySession session, SpeakerRelabelRequest request, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var segments = await db.Segments.Where(s => s.InterviewId == request.InterviewId).OrderBy(s => s.Index).ToListAsync(cancellationToken);
        if (segments.Count == 0)
        {
            throw new InputException("--interview", null, $"unknown interview '{request.InterviewId}'");
        }
        var matching = segments.Where(s => s.Speaker == request.Speaker).ToList();
        if (matching.Count == 0)
        {
            throw new InputException("--speaker", null, $"interview '{request.InterviewId}' has no speaker '{request.Speaker}' (speakers: {string.Join(", ", segments.Select(s => s.Speaker).Distinct())})");
        }
        var label = (request.NewLabel ?? request.Speaker).Trim();
        if (label.Length == 0)
        {
            throw new InputException("--as", null, "the new speaker label is empty");
        }
        // The role is read on its own, not through a ROLE=LABEL list: a label may hold commas or '=' ("Hassan, interpreter").
        var role = request.Role is { Length: > 0 } r ? RoleMap.ParseRole(r, "--role") : RoleMap.Default.RoleOf(label);
        foreach (var s in matching)
        {
            s.Speaker = label;
            s.Role = role;
            // A person has now named this speaker: the automatic-separation flag no longer applies.
            s.Flags &= ~TrustFlags.AutomaticSpeaker;
        }
        var options = ImportStage.Passages(session, request.PassageMode);
        var passages = PassageBuilder.Build(request.InterviewId, segments, options);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Passages.Where(p => p.InterviewId == request.InterviewId).ExecuteDeleteAsync(cancellationToken);
        db.Passages.AddRange(passages);
        await db.SaveChangesAsync(cancellationToken);
        var evidence = await EvidenceReanchoring.ReanchorAsync(db, request.InterviewId, passages, session.Time.GetUtcNow(), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new SpeakerRelabelResult(request.InterviewId, matching.Count, label, role.ToString().ToLowerInvariant(), passages.Count, evidence.Moved, evidence.Unanchored);
    }
}
