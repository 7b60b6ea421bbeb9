using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
    public async Task MigratedStudy_OpenedAgain_NothingApplied()
    {
        await using var t = StoreTarget.Sqlite();
        PreMigrationFixture.CopySqliteInto(t.Folder);
        await MigrationContract.MigratedStudy_OpenedAgain_NothingApplied(t);
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
