using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Files;
using PreCoder.Core.Team;
using PreCoder.Store.Studies;

namespace PreCoder.Application.Files;

/// <summary>
/// The files a study keeps beside its database (trained models, calibration, transcription checkpoints) for a study in
/// PostgreSQL: the database is where they live, so every worker and the server see the same ones; each machine keeps a
/// local copy under its study folder (the working folder with <c>--study CONNECTION</c>). Content is stored once per
/// SHA-256 (<see cref="StudyBlob"/>), and a path points at its current content (<see cref="StudyFile"/>). A SQLite
/// study's folder is the only copy, and nothing here touches it.
/// </summary>
public static class StudyFiles
{
    /// <summary>Brings the local copy of a folder of the study up to date with the database: new and changed files are written.</summary>
    public static async Task PullAsync(StudySession session, string directory, CancellationToken cancellationToken)
    {
        if (!Shared(session))
        {
            return;
        }
        var prefix = Relative(session, directory) + "/";
        await using var db = session.CreateDb();
        var files = await db.Files.AsNoTracking().Where(f => f.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            var local = Path.Combine(session.Folder.Path, file.Path);
            if (File.Exists(local) && await HashAsync(local, cancellationToken) == file.Hash)
            {
                continue;
            }
            var content = await db.Blobs.Where(b => b.Hash == file.Hash).Select(b => b.Content).SingleAsync(cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(local)!);
            // A reader never sees half a model.
            await AtomicFile.WriteAllBytesAsync(local, content, cancellationToken);
            // "The latest model" is chosen by write time: keep the time it had where it was made.
            File.SetLastWriteTimeUtc(local, file.UpdatedAt.UtcDateTime);
        }
    }

    /// <summary>
    /// Stores the folder's new and changed files in the database (content once per hash). Files being written
    /// (<c>.part</c>, <c>.tmp</c>, renamed when complete) are left for the next push: a push may run while a
    /// transcription writes its next checkpoint.
    /// </summary>
    public static async Task PushAsync(StudySession session, string directory, CancellationToken cancellationToken)
    {
        if (!Shared(session) || !Directory.Exists(directory))
        {
            return;
        }
        await using var db = session.CreateDb();
        foreach (var local in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".part", StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = Relative(session, local);
            var content = await File.ReadAllBytesAsync(local, cancellationToken);
            var hash = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
            var row = await db.Files.FirstOrDefaultAsync(f => f.Path == path, cancellationToken);
            if (row?.Hash == hash)
            {
                continue;
            }
            if (!await db.Blobs.AnyAsync(b => b.Hash == hash, cancellationToken))
            {
                db.Blobs.Add(new StudyBlob { Hash = hash, Content = content, Length = content.Length });
            }
            if (row is null)
            {
                row = new StudyFile { Path = path, Hash = hash };
                db.Files.Add(row);
            }
            row.Hash = hash;
            row.Length = content.Length;
            row.UpdatedAt = new DateTimeOffset(File.GetLastWriteTimeUtc(local), TimeSpan.Zero);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static bool Shared(StudySession session) => session.Database.Options.Provider == StoreProvider.Postgres;

    /// <summary>The path inside the study folder with '/', the same on every machine.</summary>
    private static string Relative(StudySession session, string path) =>
        Path.GetRelativePath(session.Folder.Path, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, cancellationToken)).ToLowerInvariant();
    }
}
