using PreCoder.Application.Files;
using PreCoder.Application.Studies;

namespace PreCoder.Cli.Tests;

/// <summary>A shared study's files (models, calibration, checkpoints) go through the database from one machine's folder to another's.</summary>
public sealed class StudyFilesTests
{
    [PostgresFact]
    public async Task PushThenPull_OtherFolder_SameBytesAndTimeAndOneBlobPerContent()
    {
        using var dir = new TempDirectory();
        await using var db = await TeamDatabase.CreateAsync();
        using var here = await OpenAsync(dir.Sub("here"), db);
        using var there = await OpenAsync(dir.Sub("there"), db);
        var model = Path.Combine(here.Folder.ModelsDirectory, "trained-ayse.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        await File.WriteAllBytesAsync(model, [1, 2, 3, 4]);
        File.Copy(model, Path.Combine(here.Folder.ModelsDirectory, "trained-jonas.zip"));
        var written = new DateTime(2026, 11, 30, 8, 15, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(model, written);

        await StudyFiles.PushAsync(here, here.Folder.ModelsDirectory, CancellationToken.None);
        await StudyFiles.PullAsync(there, there.Folder.ModelsDirectory, CancellationToken.None);
        await File.WriteAllBytesAsync(model, [9, 9]);
        await StudyFiles.PushAsync(here, here.Folder.ModelsDirectory, CancellationToken.None);
        var before = File.ReadAllBytes(Path.Combine(there.Folder.ModelsDirectory, "trained-ayse.zip"));
        await StudyFiles.PullAsync(there, there.Folder.ModelsDirectory, CancellationToken.None);

        Assert.Equal([1, 2, 3, 4], before);
        Assert.Equal([9, 9], File.ReadAllBytes(Path.Combine(there.Folder.ModelsDirectory, "trained-ayse.zip")));
        Assert.Equal([1, 2, 3, 4], File.ReadAllBytes(Path.Combine(there.Folder.ModelsDirectory, "trained-jonas.zip")));
        Assert.Equal(File.GetLastWriteTimeUtc(model), File.GetLastWriteTimeUtc(Path.Combine(there.Folder.ModelsDirectory, "trained-ayse.zip")), TimeSpan.FromMilliseconds(1));
        // Two files of one content were one blob; the changed file added one.
        Assert.Equal("2", (await db.RowsAsync("""SELECT count(*) FROM "Blobs" """))[0][0]);
        Assert.Equal("models/trained-ayse.zip|models/trained-jonas.zip", string.Join("|", (await db.RowsAsync("""SELECT "Path" FROM "Files" ORDER BY 1""")).Select(r => r[0])));
    }

    private static Task<StudySession> OpenAsync(string folder, TeamDatabase db)
    {
        Directory.CreateDirectory(folder);
        return StudySession.OpenAsync(
            new StudyOpenOptions(folder) { Overrides = ["Store:Provider=Postgres", $"Store:ConnectionString={db.ConnectionString}"], RequireStudy = false },
            CancellationToken.None);
    }
}
