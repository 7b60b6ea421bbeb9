using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Errors;

namespace PreCoder.Application.Transcripts;

/// <summary>The study's stored transcripts (recorded or imported), by interview id.</summary>
public static class StudyTranscripts
{
    /// <param name="interview">One interview; null for all of them.</param>
    public static async Task<IReadOnlyList<InterviewSegments>> LoadAsync(StudySession session, string? interview, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var query = db.Segments.AsNoTracking();
        if (interview is { } only)
        {
            if (!await db.Interviews.AnyAsync(i => i.Id == only, cancellationToken))
            {
                throw new InputException("--interview", null, $"unknown interview '{only}'");
            }
            query = query.Where(s => s.InterviewId == only);
        }
        return (await query.ToListAsync(cancellationToken))
            .GroupBy(s => s.InterviewId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new InterviewSegments(g.Key, g.OrderBy(s => s.Index).ToList()))
            .ToList();
    }
}
