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

    [PostgresFact]
    public async Task Batch_StudyWideStagesAfterPerFileOnes_WaitBehindGateUntilRetryThenMatchLocalRun()
    {
        using var dir = new TempDirectory();
        await using var db = await TeamDatabase.CreateAsync();
        var pipeline = RepoPaths.Combine("tests", "data", "pipelines", "team-gate.yaml");
        var input = CopyStudy(dir.Sub("batch"));
        var local = dir.Sub("local");
        await SampleStudy.Ok("run", pipeline, "--study", local, "--input", input);
        var subtitles = Path.Combine(input, "transcripts", "int08.vtt");
        var original = await File.ReadAllBytesAsync(subtitles);
        await File.WriteAllTextAsync(subtitles, "garbage without a header\n");

        var enqueued = await SampleStudy.Ok("run", pipeline, "--study", db.ConnectionString, "--input", input, "--distributed");
        Directory.CreateDirectory(dir.Sub("worker"));
        // The worker's folder takes the reports; the pipeline's files are found in the batch folder, not here.
        using var worker = CliRunner.Start(["worker", "--study", db.ConnectionString, "--concurrency", "2", .. FastTeam, "--set", "Team:GatePollSeconds=1"], dir.Sub("worker"));
        Drain(worker);
        try
        {
            await db.WaitForBatchAsync(TimeSpan.FromSeconds(60));
            var blocked = await SampleStudy.Ok("status", "--study", db.ConnectionString);
            await File.WriteAllBytesAsync(subtitles, original);
            await SampleStudy.Ok("retry", "--study", db.ConnectionString);
            await db.WaitForBatchAsync(TimeSpan.FromSeconds(60));
            var after = await SampleStudy.Ok("status", "--study", db.ConnectionString);

            // codebook, 10 imports, attributes, codes, 10 passages, reports, and a gate before attributes and before reports.
            Assert.Contains("26 jobs for 10 files", enqueued.Stdout);
            // A failed file keeps the study-wide stages, and everything after them, from running on part of the batch.
            Assert.Contains("gate before attributes: blocked, 9 of 10 files done, 1 failed ('precoder retry' after fixing them lets the batch go on)", blocked.Stdout);
            Assert.Matches(@"attributes\s+0\s+1\s+0\s+0\s+0\s+0\s", blocked.Stdout);
            Assert.Matches(@"passages\s+0\s+10\s+0\s+0\s+0\s+0\s", blocked.Stdout);
            Assert.Matches(@"reports\s+0\s+1\s+0\s+0\s+0\s+0\s", blocked.Stdout);
            Assert.Contains("(finished)", after.Stdout);
            Assert.Contains("gate before attributes: open, 10 of 10 files done", after.Stdout);
            Assert.Contains("gate before reports: open, 10 of 10 files done", after.Stdout);
            // Each gated stage started after the last job before its gate finished.
            var order = await db.RowsAsync("""
                SELECT t."Stage", bool_and(t."StartedAt" >= (SELECT max(f."FinishedAt") FROM "WorkItems" f WHERE f."Source" IS NOT NULL AND f."StageIndex" < t."StageIndex"))
                FROM "WorkItems" t WHERE t."Stage" IN ('attributes', 'reports') GROUP BY 1 ORDER BY 1
                """);
            Assert.Equal(["attributes|True", "reports|True"], order.Select(r => string.Join("|", r)));
            // The same rows as the local run of the same pipeline, and the same report.
            string[] tables = ["Interviews", "Segments", "Passages", "Decisions"];
            Assert.Equal(await LocalCountsAsync(local, tables), await PostgresCountsAsync(db, tables));
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(local, "reports", "tables-by-gender.csv")),
                await File.ReadAllTextAsync(Path.Combine(dir.Sub("worker"), "reports", "tables-by-gender.csv")));
        }
        finally
        {
            Stop(worker);
        }
    }

    /// <summary>The sample study (transcripts, attributes, codes) and the codebook in a folder of the test's own, as a batch would find them on a share.</summary>
    private static string CopyStudy(string folder)
    {
        CopySample(Path.Combine(folder, "transcripts"));
        File.Copy(RepoPaths.Sample("attributes.csv"), Path.Combine(folder, "attributes.csv"));
        File.Copy(RepoPaths.Sample("codes.csv"), Path.Combine(folder, "codes.csv"));
        Directory.CreateDirectory(Path.Combine(folder, "codebooks"));
        File.Copy(RepoPaths.Combine("codebooks", "isis-in-their-own-words.yaml"), Path.Combine(folder, "codebooks", "isis-in-their-own-words.yaml"));
        return folder;
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

    private static Task<string[]> LocalCountsAsync(string study) => LocalCountsAsync(study, ["Interviews", "Segments", "Passages"]);

    private static async Task<string[]> LocalCountsAsync(string study, string[] tables)
    {
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(study, "precoder.db")};Pooling=False");
        await db.OpenAsync();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var command = db.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
            rows.Add($"{table}={await command.ExecuteScalarAsync()}");
        }
        return [.. rows];
    }

    private static Task<string[]> PostgresCountsAsync(TeamDatabase db) => PostgresCountsAsync(db, ["Interviews", "Segments", "Passages"]);

    private static async Task<string[]> PostgresCountsAsync(TeamDatabase db, string[] tables)
    {
        var rows = new List<string>();
        foreach (var table in tables)
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
