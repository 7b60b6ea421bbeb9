using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Studies;

/// <summary>
/// Brings a SQLite study made before migrations to the current schema by copying its rows into a freshly migrated
/// database. Such studies carry whatever schema their build's EnsureCreated made - some already had columns that later
/// became a migration - so recording the first migration as applied and running the rest could add a column twice.
/// Copying the columns the two schemas share works for every such study and keeps every row and id; columns the old
/// study lacks take their migration defaults, and the migrations' data moves are run again on the copied rows.
/// </summary>
internal static class SqliteUpgradeByCopy
{
    private const string HistoryTable = "__EFMigrationsHistory";

    public static async Task RunAsync(string file, CancellationToken cancellationToken)
    {
        // The old file's write-ahead log is folded in and removed first: a stale -wal beside the new file would be
        // replayed into it.
        await using (var old = new SqliteConnection(StudyDatabase.SqliteConnectionString(file)))
        {
            await old.OpenAsync(cancellationToken);
            await ExecuteAsync(old, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;", cancellationToken);
        }
        var fresh = file + ".upgrading";
        File.Delete(fresh);
        var options = new DbContextOptionsBuilder<SqliteStudyDbContext>().UseSqlite(StudyDatabase.SqliteConnectionString(fresh)).Options;
        await using (var db = new SqliteStudyDbContext(options))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        await using (var connection = new SqliteConnection(StudyDatabase.SqliteConnectionString(fresh)))
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA foreign_keys = OFF;", cancellationToken);
            await using (var attach = connection.CreateCommand())
            {
                attach.CommandText = "ATTACH DATABASE $file AS old;";
                attach.Parameters.AddWithValue("$file", file);
                await attach.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
            {
                foreach (var table in await TablesAsync(connection, cancellationToken))
                {
                    var oldColumns = await ColumnsAsync(connection, "old", table, cancellationToken);
                    var shared = (await ColumnsAsync(connection, "main", table, cancellationToken)).Where(oldColumns.Contains).Select(Quote).ToArray();
                    if (shared.Length == 0)
                    {
                        continue;
                    }
                    var columns = string.Join(", ", shared);
                    await ExecuteAsync(connection, $"INSERT INTO main.{Quote(table)} ({columns}) SELECT {columns} FROM old.{Quote(table)};", cancellationToken, transaction);
                }
                // The migrations' data moves ran on empty tables; the copied rows get them now.
                foreach (var statement in Coding.DecisionSourceBackfill.Statements)
                {
                    await ExecuteAsync(connection, statement, cancellationToken, transaction);
                }
                await transaction.CommitAsync(cancellationToken);
            }
            await ExecuteAsync(connection, "DETACH DATABASE old;", cancellationToken);
        }
        // One rename replaces the old file, so a crash leaves either the old study or the upgraded one (and the backup).
        File.Move(fresh, file, overwrite: true);
    }

    private static async Task<IReadOnlyList<string>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{HistoryTable}' ORDER BY name;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(SqliteConnection connection, string schema, string table, CancellationToken cancellationToken)
    {
        var columns = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {schema}.table_info({Quote(table)});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(1));
        }
        return columns;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
