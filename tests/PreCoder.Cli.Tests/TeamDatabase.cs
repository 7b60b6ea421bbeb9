using Npgsql;

namespace PreCoder.Cli.Tests;

/// <summary>A PostgreSQL database of its own for one test, dropped at the end, with the few queries the team tests check.</summary>
internal sealed class TeamDatabase : IAsyncDisposable
{
    private readonly PostgresTestDatabase _database;

    private TeamDatabase(PostgresTestDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Made here, not by a study: the workers' Hangfire storage needs the database before any study is opened.</summary>
    public static async Task<TeamDatabase> CreateAsync()
    {
        var database = new PostgresTestDatabase("precoder_team");
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", admin);
        await create.ExecuteNonQueryAsync();
        return new TeamDatabase(database);
    }

    /// <summary>The rows of a query, each as its columns' text.</summary>
    public async Task<IReadOnlyList<string[]>> RowsAsync(string sql)
    {
        await using var db = new NpgsqlConnection(ConnectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }
        return rows;
    }

    /// <summary>
    /// Waits until no job waits, is queued or runs; failed ones, and the jobs blocked behind them (the later stages of
    /// their file, and past a gate - a study-wide stage between them - every later job), count as finished.
    /// </summary>
    public async Task WaitForBatchAsync(TimeSpan timeout, Func<Task>? whileWaiting = null)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var open = await RowsAsync("""
                SELECT count(*) FROM "WorkItems" w
                WHERE w."State" IN ('Queued', 'Running')
                   OR (w."State" = 'Awaiting' AND NOT EXISTS (
                       SELECT 1 FROM "WorkItems" f
                       WHERE f."Batch" = w."Batch" AND f."State" = 'Failed' AND f."StageIndex" < w."StageIndex"
                         AND (f."Source" IS NOT DISTINCT FROM w."Source" OR f."Source" IS NULL OR w."Source" IS NULL
                              OR EXISTS (SELECT 1 FROM "WorkItems" g WHERE g."Batch" = w."Batch" AND g."Source" IS NULL AND g."StageIndex" > f."StageIndex" AND g."StageIndex" < w."StageIndex"))))
                """);
            if (open[0][0] == "0")
            {
                return;
            }
            if (whileWaiting is not null)
            {
                await whileWaiting();
            }
            await Task.Delay(250);
        }
        var states = await RowsAsync("""SELECT "Stage", "Source", "State", "Attempts", coalesce("Error", '') FROM "WorkItems" ORDER BY "Id" """);
        throw new TimeoutException("batch not finished:\n" + string.Join("\n", states.Select(r => string.Join(" | ", r))));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
