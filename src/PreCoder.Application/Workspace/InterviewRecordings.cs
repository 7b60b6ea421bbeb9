using Microsoft.EntityFrameworkCore;
using PreCoder.Application.Transcription;

namespace PreCoder.Application.Workspace;

/// <summary>
/// Finds an interview's recording for the workspace's player: the file it was transcribed from, when that is a
/// recording and still there, else a recording named after the interview in the study's <c>recordings/</c> folder (for
/// interviews imported as text whose audio the team keeps). Only files PreCoder reads as recordings are ever offered,
/// so a path stored in the database cannot make the server hand out any other file.
/// </summary>
public sealed class InterviewRecordings(StudySession session)
{
    /// <summary>The recording's full path, or null when the study has none for the interview (or no such interview).</summary>
    public async Task<string?> FindAsync(string interviewId, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var source = await db.Interviews.AsNoTracking().Where(i => i.Id == interviewId).Select(i => new { i.Source }).FirstOrDefaultAsync(cancellationToken);
        return source is null ? null : Find(interviewId, source.Source);
    }

    /// <summary>As <see cref="FindAsync"/>, for a caller that has already read the interview's source.</summary>
    internal string? Find(string interviewId, string? source)
    {
        if (source is { Length: > 0 } && AudioIngest.IsAudio(source) && File.Exists(source))
        {
            return Path.GetFullPath(source);
        }
        var folder = session.Folder.RecordingsDirectory;
        if (!session.Folder.Exists || !Directory.Exists(folder))
        {
            return null;
        }
        // Matched by listing the folder rather than building a path from the id, which could hold separators or "..".
        return Directory.EnumerateFiles(folder)
            .Where(f => AudioIngest.IsAudio(f) && string.Equals(Path.GetFileNameWithoutExtension(f), interviewId, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
