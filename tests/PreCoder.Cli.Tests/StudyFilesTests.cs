using Microsoft.Extensions.Time.Testing;
using PreCoder.Application.Files;
using PreCoder.Application.Studies;
using PreCoder.Application.Transcription;
using PreCoder.Transcription.Checkpoints;
using PreCoder.Transcription.Processing;

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

    [PostgresFact]
    public async Task CheckpointPush_WhileTranscribing_StoresFinishedChunksOncePerIntervalSoAnotherMachineResumes()
    {
        using var dir = new TempDirectory();
        await using var db = await TeamDatabase.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        using var here = await OpenAsync(dir.Sub("here"), db, time);
        using var there = await OpenAsync(dir.Sub("there"), db);
        var checkpoints = AudioIngest.CheckpointDirectory(here, "rec01");
        var store = new CheckpointStore(checkpoints);
        store.Load("input-hash");
        var lines = new CollectingProgress<TranscriptionProgress>();

        IReadOnlyList<string[]> afterFirst, afterSecond, afterThird;
        await using (var push = new CheckpointPush(here, checkpoints, TimeSpan.FromSeconds(60), lines))
        {
            // The transcription is still running throughout this block: the push is not disposed (the stage's end).
            Chunk(store, push, 0);
            time.Advance(TimeSpan.FromSeconds(61));
            Chunk(store, push, 1);
            afterFirst = await StoredChunksAsync(db, atLeast: 2);
            time.Advance(TimeSpan.FromSeconds(20));
            Chunk(store, push, 2);
            await Task.Delay(300);
            afterSecond = await StoredChunksAsync(db, atLeast: 0);
            // A chunk half written (its temporary name) when the next push is due waits for the push after it.
            await File.WriteAllTextAsync(Path.Combine(checkpoints, "chunk-00004.json.tmp"), "{\"ind");
            time.Advance(TimeSpan.FromSeconds(41));
            Chunk(store, push, 3);
            afterThird = await StoredChunksAsync(db, atLeast: 4);
        }
        await StudyFiles.PullAsync(there, AudioIngest.CheckpointDirectory(there, "rec01"), CancellationToken.None);
        var resumed = new CheckpointStore(AudioIngest.CheckpointDirectory(there, "rec01")).Load("input-hash");

        Assert.Equal(4, lines.Reports.Count);
        Assert.Equal(["chunk-00000.json", "chunk-00001.json"], afterFirst.Select(r => r[0]));
        Assert.Equal(2, afterSecond.Count); // 20 s after the last push: not due yet
        Assert.Equal(["chunk-00000.json", "chunk-00001.json", "chunk-00002.json", "chunk-00003.json"], afterThird.Select(r => r[0]));
        Assert.Equal([0, 1, 2, 3], resumed.Select(c => c.Index));
    }

    /// <summary>What the transcriber does per chunk: saves its checkpoint, then reports it.</summary>
    private static void Chunk(CheckpointStore store, IProgress<TranscriptionProgress> progress, int index)
    {
        store.Save(new ChunkResult(index, index * 16_000L, (index + 1) * 16_000L, true, 0.8, "en", 0.9f, []));
        progress.Report(new TranscriptionProgress("rec01.wav", index + 1, null, index, Resumed: false));
    }

    /// <summary>The recording's chunk files in the database, once at least <paramref name="atLeast"/> are (a push runs beside the transcription).</summary>
    private static async Task<IReadOnlyList<string[]>> StoredChunksAsync(TeamDatabase db, int atLeast)
    {
        for (var i = 0; ; i++)
        {
            var rows = await db.RowsAsync("""SELECT substring("Path" from '[^/]+$') FROM "Files" WHERE "Path" LIKE 'work/transcription/rec01/chunk-%' ORDER BY 1""");
            if (rows.Count >= atLeast || i == 100)
            {
                return rows;
            }
            await Task.Delay(50);
        }
    }

    private static Task<StudySession> OpenAsync(string folder, TeamDatabase db, TimeProvider? time = null)
    {
        Directory.CreateDirectory(folder);
        return StudySession.OpenAsync(
            new StudyOpenOptions(folder) { Overrides = ["Store:Provider=Postgres", $"Store:ConnectionString={db.ConnectionString}"], RequireStudy = false, Time = time },
            CancellationToken.None);
    }
}
