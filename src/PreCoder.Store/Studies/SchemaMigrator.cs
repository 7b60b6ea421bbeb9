using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Studies;

/// <summary>
/// Brings a study database to the current schema. Studies created before migrations existed (by EnsureCreated, with
/// the schema of the first migration but no history table) are recognised and their first migration recorded as
/// applied, so only the later ones run; a SQLite file that is about to change is copied beside itself first.
/// </summary>
internal sealed class SchemaMigrator(StudyDatabase database, ILogger logger, TimeProvider time)
{
    /// <summary>A table every study schema has had since the first one.</summary>
    private const string MarkerTable = "Interviews";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
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
        if (hasTables && pending.Count > 0 && database.Options.Provider == StoreProvider.Sqlite)
        {
            var backup = BackupSqlite(database.Folder.DatabaseFile);
            StoreLog.BackedUp(logger, database.Folder.DatabaseFile, backup);
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
