using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PreCoder.Cli.Tests;

/// <summary>
/// <c>run --distributed</c>, <c>worker</c>, <c>status</c> and <c>retry</c> as a team runs them: real worker processes on
/// this machine against one PostgreSQL database, one of them killed mid-job, a corrupt file, a retry after fixing it.
/// </summary>
public sealed class DistributedBatchTests
{
    // Short polls and retry delays keep the tests fast; a killed worker's job is handed on after 3 s of silence.
    private static readonly string[] FastTeam =
    [
        "--set", "Team:PollIntervalMilliseconds=200",
        "--set", "Team:InvisibilityTimeoutSeconds=3",
        "--set", "Team:RetryAttempts=1",
        "--set", "Team:RetryDelaySeconds=1",
    ];


    [PostgresFact]
    public async Task Worker_KilledMidJob_OtherWorkerFinishesWithNoLostOrDuplicatedRows()
    {
        using var dir = new TempDirectory();
        await using var db = await TeamDatabase.CreateAsync();
        var pipeline = RepoPaths.Combine("pipelines", "team-transcripts.yaml");
        var input = CopySample(dir.Sub("batch"));
        var local = dir.Sub("local");
        await SampleStudy.Ok("run", pipeline, "--study", local, "--input", input);

        var enqueued = await SampleStudy.Ok("run", pipeline, "--study", db.ConnectionString, "--input", input, "--distributed");
        // Each job lingers 1.5 s after committing its output, so the kill lands between the work and its "done".
        string[] worker = ["worker", "--study", db.ConnectionString, "--concurrency", "1", .. FastTeam, "--set", "Pipeline:ThrottleMilliseconds=1500"];
        using var doomed = CliRunner.Start(worker);
        using var survivor = CliRunner.Start(worker);
        Drain(doomed);
        Drain(survivor);
        string[]? victim = null;
        try
        {
            await db.WaitForBatchAsync(TimeSpan.FromSeconds(90), async () =>
            {
                if (victim is null && !doomed.HasExited)
                {
                    var running = await db.RowsAsync($"""SELECT "Id", "Stage" FROM "WorkItems" WHERE "State" = 'Running' AND "Worker" LIKE '%:{doomed.Id}' AND "Stage" = 'import'""");
                    if (running.Count > 0)
                    {
                        doomed.Kill(); // SIGKILL: no shutdown, no chance to hand the job back
                        await doomed.WaitForExitAsync();
                        victim = running[0];
                    }
                }
            });
        }
        finally
        {
            Stop(doomed);
            Stop(survivor);
        }

        Assert.Contains("21 jobs for 10 files", enqueued.Stdout);
        Assert.NotNull(victim);
        var redone = await db.RowsAsync($"""SELECT "State", "Attempts", "Worker" FROM "WorkItems" WHERE "Id" = {victim[0]}""");
        Assert.Equal("Done", redone[0][0]);
        Assert.Equal("2", redone[0][1]);
        Assert.EndsWith($":{survivor.Id}", redone[0][2]);
        var states = await db.RowsAsync("""SELECT "Stage", "State", count(*) FROM "WorkItems" GROUP BY 1, 2 ORDER BY 1""");
        Assert.Equal(["codebook|Done|1", "import|Done|10", "passages|Done|10"], states.Select(r => string.Join("|", r)));
        // Same rows as one uninterrupted local run, and none twice.
        Assert.Equal(await LocalCountsAsync(local), await PostgresCountsAsync(db));
        var duplicated = await db.RowsAsync("""SELECT count(*) FROM (SELECT "InterviewId", "Index" FROM "Segments" GROUP BY 1, 2 HAVING count(*) > 1) d""");
        Assert.Equal("0", duplicated[0][0]);
        var status = await SampleStudy.Ok("status", "--study", db.ConnectionString, "--json");
        Assert.Contains("\"finished\": true", status.Stdout);
    }

    [PostgresFact]
    public async Task Batch_CorruptFile_LandsInFailedListAndRetryAfterFixCompletesIt()
    {
        using var dir = new TempDirectory();
        await using var db = await TeamDatabase.CreateAsync();
        var pipeline = RepoPaths.Combine("pipelines", "team-transcripts.yaml");
        var input = CopySample(dir.Sub("batch"), count: 3);
        var poison = Path.Combine(input, "int11.docx");
        await File.WriteAllBytesAsync(poison, [0x50, 0x4B, 0x00, 0x13, 0x37, 0x00, 0xFF]);

        await SampleStudy.Ok("run", pipeline, "--study", db.ConnectionString, "--input", input, "--distributed");
        using var worker = CliRunner.Start(["worker", "--study", db.ConnectionString, "--concurrency", "2", .. FastTeam]);
        Drain(worker);
        try
        {
            await db.WaitForBatchAsync(TimeSpan.FromSeconds(60));
            var failed = await CliRunner.RunAsync("status", "--study", db.ConnectionString);
            WriteDocx(poison, File.ReadAllLines(Path.Combine(input, "int01.txt")));
            var retried = await SampleStudy.Ok("retry", "--study", db.ConnectionString);
            await db.WaitForBatchAsync(TimeSpan.FromSeconds(60));
            var after = await SampleStudy.Ok("status", "--study", db.ConnectionString);

            Assert.Contains("failed: import " + poison + " after 2 attempt(s): " + poison + ": not a readable .docx file", failed.Stdout);
            Assert.Matches(@"import\s+0\s+0\s+0\s+0\s+1\s+3\s", failed.Stdout);
            // Its later stage waits behind it instead of running without it.
            Assert.Matches(@"passages\s+0\s+1\s+0\s+0\s+0\s+3\s", failed.Stdout);
            Assert.Contains("requeued: import " + poison, retried.Stdout);
            Assert.Matches(@"import\s+0\s+0\s+0\s+0\s+0\s+4\s", after.Stdout);
            Assert.Matches(@"passages\s+0\s+0\s+0\s+0\s+0\s+4\s", after.Stdout);
            // The fixed file holds int01's text: it became an interview of as many segments.
            var segments = await db.RowsAsync("""SELECT "InterviewId", count(*) FROM "Segments" WHERE "InterviewId" IN ('int01', 'int11') GROUP BY 1 ORDER BY 1""");
            Assert.Equal(2, segments.Count);
            Assert.Equal(segments[0][1], segments[1][1]);
        }
        finally
        {
            Stop(worker);
        }
    }

    /// <summary>The sample's transcripts (all ten, or the first few) in a folder of the test's own.</summary>
    private static string CopySample(string folder, int count = 10)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepoPaths.Sample("transcripts")).Order().Take(count))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return folder;
    }

    /// <summary>A Word file with one paragraph per line, as an interview transcript would be typed.</summary>
    private static void WriteDocx(string path, IEnumerable<string> lines)
    {
        using var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
    }

    private static async Task<string[]> LocalCountsAsync(string study)
    {
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(study, "precoder.db")};Pooling=False");
        await db.OpenAsync();
        var rows = new List<string>();
        foreach (var table in new[] { "Interviews", "Segments", "Passages" })
        {
            await using var command = db.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
            rows.Add($"{table}={await command.ExecuteScalarAsync()}");
        }
        return [.. rows];
    }

    private static async Task<string[]> PostgresCountsAsync(TeamDatabase db)
    {
        var rows = new List<string>();
        foreach (var table in new[] { "Interviews", "Segments", "Passages" })
        {
            rows.Add($"{table}={(await db.RowsAsync($"SELECT count(*) FROM \"{table}\""))[0][0]}");
        }
        return [.. rows];
    }

    /// <summary>A worker's output is read as it comes, so a full pipe never blocks it.</summary>
    private static void Drain(Process worker)
    {
        _ = worker.StandardOutput.ReadToEndAsync();
        _ = worker.StandardError.ReadToEndAsync();
    }

    private static void Stop(Process worker)
    {
        if (!worker.HasExited)
        {
            worker.Kill();
            worker.WaitForExit();
        }
    }
}
