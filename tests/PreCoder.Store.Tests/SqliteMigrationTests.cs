using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;
using PreCoder.Store.Studies;

namespace PreCoder.Store.Tests;

public sealed class SqliteMigrationTests
{
    [Fact]
    public async Task PreMigrationStudy_Migrated_KeepsRowsAndRecordsEveryMigration()
    {
        await using var t = StoreTarget.Sqlite();
        PreMigrationFixture.CopySqliteInto(t.Folder);
        await MigrationContract.PreMigrationStudy_Migrated_KeepsRowsAndRecordsEveryMigration(t);
    }

    [Fact]
    public async Task Model_EveryChangeHasAMigration()
    {
        await using var t = StoreTarget.Sqlite();
        MigrationContract.Model_EveryChangeHasAMigration(t);
    }

    [Fact]
    public async Task MigratedStudy_OpenedAgain_NothingApplied()
    {
        await using var t = StoreTarget.Sqlite();
        PreMigrationFixture.CopySqliteInto(t.Folder);
        await MigrationContract.MigratedStudy_OpenedAgain_NothingApplied(t);
    }

    [Fact]
    public async Task PreMigrationStudy_Migrated_BackedUpFirstAndLogged()
    {
        var logger = new CollectingLogger<StudyDatabase>();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 14, 5, 9, TimeSpan.Zero));
        await using var t = StoreTarget.Sqlite(logger, time);
        PreMigrationFixture.CopySqliteInto(t.Folder);

        await t.Database.MigrateAsync();

        var backup = t.Folder.DatabaseFile + ".bak-20261202140509";
        Assert.Equal([backup], Directory.GetFiles(t.Folder.Path, "*.bak-*"));
        Assert.Contains(logger.Messages, m => m.Contains(backup, StringComparison.Ordinal));
        // The backup is the study as it was: same schema, same rows, no migration history.
        Assert.Equal(Schema(PreMigrationFixture.SqliteFile), Schema(backup));
        Assert.Equal(3L, Scalar(backup, "SELECT COUNT(*) FROM Decisions"));
        Assert.Equal(0L, Scalar(backup, "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'"));
    }

    [Fact]
    public async Task MigratedStudy_OpenedAgain_NoSecondBackup()
    {
        await using var t = StoreTarget.Sqlite();
        PreMigrationFixture.CopySqliteInto(t.Folder);
        await t.Database.MigrateAsync();
        await t.Database.MigrateAsync();
        Assert.Single(Directory.GetFiles(t.Folder.Path, "*.bak-*"));
    }

    [Fact]
    public async Task InitialMigration_MatchesPreMigrationSchema()
    {
        await using var t = StoreTarget.Sqlite();
        await using (var db = t.Database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }
        Assert.Equal(Schema(PreMigrationFixture.SqliteFile), Schema(t.Folder.DatabaseFile));
    }

    [Fact]
    public async Task NewStudy_Migrated_WalModeAndNoBackup()
    {
        await using var t = await StoreTarget.SqliteAsync();
        Assert.Empty(Directory.GetFiles(t.Folder.Path, "*.bak-*"));
        await using var connection = new SqliteConnection($"Data Source={t.Folder.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("PRAGMA journal_mode;", connection);
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    private static object? Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return command.ExecuteScalar();
    }

    /// <summary>Every table and index definition of the study (not EF's own bookkeeping tables).</summary>
    private static List<string> Schema(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE '\\_\\_EF%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%' ORDER BY name", connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        Assert.NotEmpty(rows);
        return rows;
    }
}
