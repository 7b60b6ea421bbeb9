using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Errors;
using PreCoder.Core.Interviews;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Transcripts;

/// <summary>
/// Stores an interview's transcript and passages, replacing what the interview had, so importing the same
/// file twice (or resuming after a crash) leaves the same rows as importing it once.
/// </summary>
public static class TranscriptWriter
{
    /// <summary>
    /// Replaces the interview's segments and passages inside the caller's transaction; creates interviews that are new.
    /// An interview first imported from a file of another name is refused, so two files cannot overwrite each other.
    /// </summary>
    public static async Task ReplaceAsync(StudyDbContext db, Transcript transcript, IReadOnlyList<Passage> passages, string source, CancellationToken cancellationToken)
    {
        var id = transcript.InterviewId;
        var interview = await db.Interviews.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interview?.Source is { } other && !string.Equals(Path.GetFileName(other), Path.GetFileName(source), StringComparison.Ordinal))
        {
            // Two files claiming one interview id (int01.txt and int01.wav): replacing silently would lose one.
            throw new InputException(source, null, $"interview '{id}' was already imported from {other}; rename one of the files or map an interview column");
        }
        if (interview is null)
        {
            db.Interviews.Add(new Interview { Id = id, Source = source });
        }
        else
        {
            interview.Source = source;
        }
        await db.Segments.Where(s => s.InterviewId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Passages.Where(p => p.InterviewId == id).ExecuteDeleteAsync(cancellationToken);
        db.Segments.AddRange(transcript.Segments);
        db.Passages.AddRange(passages);
        await db.SaveChangesAsync(cancellationToken);
    }
}
