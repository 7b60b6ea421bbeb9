using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using PreCoder.Core.Errors;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Studies;

/// <summary>
/// Brings a study database to the current schema. Studies created before migrations existed (by EnsureCreated, with no
/// history table) are recognised: on SQLite their rows are copied into a freshly migrated database
/// (<see cref="SqliteUpgradeByCopy"/>), which works whatever schema their build made; on PostgreSQL their schema is
/// taken to be the first migration's, recorded as applied, and the later ones run. A SQLite file that is about to
/// change is copied beside itself first.
/// </summary>
internal sealed class SchemaMigrator(StudyDatabase database, ILogger logger, TimeProvider time)
{
    /// <summary>A table every study schema has had since the first one.</summary>
    private const string MarkerTable = "Interviews";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (await IsUpToDateAsync(cancellationToken))
        {
            return;
        }
        await using var db = database.CreateContext();
        var all = db.Database.GetMigrations().ToList();
        var hasTables = await HasStudyTablesAsync(db, cancellationToken);
        var applied = hasTables ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet() : [];
        var predatesMigrations = hasTables && applied.Count == 0;
        if (predatesMigrations)
        {
            applied.Add(all[0]);
        }
        var pending = all.Where(m => !applied.Contains(m)).ToList();
        string? backup = null;
        if (hasTables && pending.Count > 0 && database.Options.Provider == StoreProvider.Sqlite)
        {
            backup = BackupSqlite(database.Folder.DatabaseFile);
            StoreLog.BackedUp(logger, database.Folder.DatabaseFile, backup);
        }
        try
        {
            await ApplyAsync(db, all, pending, predatesMigrations, cancellationToken);
        }
        catch (DbException ex)
        {
            // One line for the user, not a provider's stack trace; the copy, when there is one, is the way back.
            var restore = backup is null ? "" : $"; the study as it was is in {backup}";
            throw new UnavailableException($"{database.Location}: could not bring the study's schema up to date ({ex.Message.ReplaceLineEndings(" ")}){restore}");
        }
    }

    private async Task ApplyAsync(StudyDbContext db, IReadOnlyList<string> all, IReadOnlyList<string> pending, bool predatesMigrations, CancellationToken cancellationToken)
    {
        if (predatesMigrations && database.Options.Provider == StoreProvider.Sqlite)
        {
            await db.DisposeAsync();
            await SqliteUpgradeByCopy.RunAsync(database.Folder.DatabaseFile, cancellationToken);
            StoreLog.UpgradedByCopy(logger, database.Folder.DatabaseFile, all.Count);
            return;
        }
        if (predatesMigrations)
        {
            await RecordAsAppliedAsync(db, all[0], cancellationToken);
            StoreLog.Baselined(logger, all[0]);
        }
        if (pending.Count > 0)
        {
            StoreLog.Migrating(logger, pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// True when the history table lists every migration of this build (<see cref="SchemaMigrations"/>) - nearly every
    /// time a command opens a study. Read straight from a connection of its own: an EF Core context, its migrations
    /// service and the model of the history table cost a short command (a one-interview coding sheet) more than the
    /// rest of its work. Anything else (no database, no history table, a migration missing) goes the full way, which
    /// tells those cases apart.
    /// </summary>
    private async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }
            return SchemaMigrations.Of(database.Options.Provider).All(applied.Contains);
        }
        // The database answered but not as an up-to-date study does (no file, no history table, no database yet).
        // A server that cannot be reached is not asked twice: that failure is the caller's to report.
        catch (Exception ex) when (ex is SqliteException or Npgsql.PostgresException)
        {
            return false;
        }
    }

    private async Task<bool> HasStudyTablesAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return false;
        }
        var sql = database.Options.Provider == StoreProvider.Postgres
            ? $"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{MarkerTable}'"
            : $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{MarkerTable}'";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken) > 0;
    }

    private static async Task RecordAsAppliedAsync(StudyDbContext db, string migration, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(migration, ProductInfo.GetVersion())), cancellationToken);
    }

    /// <summary>
    /// Copies the database with SQLite's online backup API, which reads a consistent snapshot including pages still in
    /// the WAL file, so the copy is a complete database on its own.
    /// </summary>
    private string BackupSqlite(string file)
    {
        var backup = $"{file}.bak-{time.GetUtcNow():yyyyMMddHHmmss}";
        using var source = new SqliteConnection(StudyDatabase.SqliteConnectionString(file));
        using var target = new SqliteConnection(StudyDatabase.SqliteConnectionString(backup));
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        return backup;
    }
}
