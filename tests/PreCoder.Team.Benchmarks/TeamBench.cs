using System.Diagnostics;
using Npgsql;
using PreCoder.TestKit;

namespace PreCoder.Team.Benchmarks;

/// <summary>
/// One measurement: a synthetic batch (copies of the sample's plain-text transcripts under new names) enqueued with
/// <c>run --distributed</c> through codebook, import and passages, then <paramref name="workers"/> worker processes of
/// one job at a time; the clock runs from the first worker's start to the last job's end, as the database records it.
/// </summary>
internal static class TeamBench
{

    public static async Task<string> RunAsync(string server, int files, int workers)
    {
        using var dir = new TempDirectory("precoder-team-bench");
        var pipeline = RepoPaths.Combine("pipelines", "team-transcripts.yaml");
        var input = Batch(dir.Sub("batch"), files);
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = $"precoder_bench_{Guid.NewGuid():N}" };
        await ExecuteAsync(server, $"CREATE DATABASE \"{connection.Database}\"");
        try
        {
            Ok(await CliRunner.RunAsync("run", pipeline, "--study", connection.ConnectionString, "--input", input, "--distributed"));
            var clock = Stopwatch.StartNew();
            var processes = Enumerable.Range(0, workers)
                .Select(_ => CliRunner.Start(["worker", "--study", connection.ConnectionString, "--concurrency", "1", "--set", "Team:PollIntervalMilliseconds=200"]))
                .ToArray();
            foreach (var p in processes)
            {
                _ = p.StandardOutput.ReadToEndAsync();
                _ = p.StandardError.ReadToEndAsync();
            }
            while (await ScalarAsync(connection.ConnectionString, """SELECT count(*) FROM "WorkItems" WHERE "State" <> 'Done'""") > 0)
            {
                await Task.Delay(200);
            }
            var wall = clock.Elapsed;
            foreach (var p in processes)
            {
                p.Kill();
                await p.WaitForExitAsync();
            }
            // Working time: first job start to last job end, which leaves out the workers' own start-up.
            var working = await ScalarAsync(connection.ConnectionString, """SELECT CAST(EXTRACT(EPOCH FROM max("FinishedAt") - min("StartedAt")) * 1000 AS bigint) FROM "WorkItems" """);
            var jobs = await ScalarAsync(connection.ConnectionString, """SELECT count(*) FROM "WorkItems" """);
            return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"workers={workers} files={files} jobs={jobs} wall={wall.TotalSeconds:0.0}s working={working / 1000.0:0.0}s throughput={jobs / (working / 60000.0):0} jobs/min ({files / (working / 60000.0):0} files/min)");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{connection.Database}\" WITH (FORCE)");
        }
    }

    /// <summary>Plain-text sample transcripts copied under new names until there are <paramref name="files"/>; each becomes an interview of its own.</summary>
    private static string Batch(string folder, int files)
    {
        Directory.CreateDirectory(folder);
        var sources = Directory.GetFiles(RepoPaths.Sample("transcripts"), "*.txt").Order().ToArray();
        for (var i = 0; i < files; i++)
        {
            File.Copy(sources[i % sources.Length], Path.Combine(folder, $"bench{i + 1:D3}.txt"));
        }
        return folder;
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Ok(CliRunner.Result result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"precoder exited {result.ExitCode}: {result.Stderr}");
        }
    }
}
