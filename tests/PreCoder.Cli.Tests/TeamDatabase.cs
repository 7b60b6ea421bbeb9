using Npgsql;

namespace PreCoder.Cli.Tests;

/// <summary>A PostgreSQL database of its own for one test, dropped at the end, with the few queries the team tests check.</summary>
internal sealed class TeamDatabase : IAsyncDisposable
{
    private TeamDatabase(NpgsqlConnectionStringBuilder connection) => Connection = connection;

    public NpgsqlConnectionStringBuilder Connection { get; }

    public string ConnectionString => Connection.ConnectionString;

    public static async Task<TeamDatabase> CreateAsync()
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = $"precoder_team_{Guid.NewGuid():N}" };
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{connection.Database}\"", admin);
        await create.ExecuteNonQueryAsync();
        return new TeamDatabase(connection);
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

    /// <summary>Waits until no job waits, is queued or runs; failed ones, and the later stages of their file, count as finished.</summary>
    public async Task WaitForBatchAsync(TimeSpan timeout, Func<Task>? whileWaiting = null)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var open = await RowsAsync("""
                SELECT count(*) FROM "WorkItems" w
                WHERE w."State" IN ('Queued', 'Running')
                   OR (w."State" = 'Awaiting' AND NOT EXISTS (SELECT 1 FROM "WorkItems" f WHERE f."Source" = w."Source" AND f."State" = 'Failed'))
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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Connection.Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
