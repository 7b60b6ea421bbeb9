using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;
using PreCoder.Core.Coding;
using PreCoder.Store.Coding;
using PreCoder.Store.Studies;
using PreCoder.TestKit;

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
    public async Task ProvenanceInNotes_Migrated_MovesToSourceAndKeepsCodersNotes()
    {
        await using var t = StoreTarget.Sqlite();
        await MigrationContract.ProvenanceInNotes_Migrated_MovesToSourceAndKeepsCodersNotes(t);
    }

    [Fact]
    public async Task StudyFromALaterEnsureCreated_Migrated_KeepsEveryRowAndTheColumnsItAlreadyHad()
    {
        // Its schema is neither the first migration's nor the current one: baselining it as the first migration and
        // running the rest added PreviousMissingReason a second time and the study would no longer open.
        await using var t = StoreTarget.Sqlite();
        File.Copy(RepoPaths.Combine("tests", "data", "store", "study-ensurecreated-2026-12-02.db"), t.Folder.DatabaseFile);

        await t.Database.MigrateAsync();

        await using (var db = t.Database.CreateContext())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            int[] counts = [await db.Interviews.CountAsync(), await db.Segments.CountAsync(), await db.Coders.CountAsync(), await db.Decisions.CountAsync(), await db.StageRuns.CountAsync()];
            Assert.Equal([2, 4, 4, 40, 3], counts);
            var ana = await db.Coders.SingleAsync(c => c.Id == "ana");
            Assert.Equal((CoderRole.Lead, 2), (ana.Role!.Value, ana.FailedSignIns));
            var second = await db.Decisions.SingleAsync(d => d.Id == 2);
            Assert.Equal((3.0, "refused", "MiniLM"), (second.PreviousValue!.Value, second.PreviousMissingReason, second.SuggestionModelVersion));
            // Its 40 codes were imported when provenance was a note; the copy moves it to Source like the migration does.
            Assert.Equal([(null, "codes.csv")], (await db.Decisions.Select(d => new { d.Note, d.Source }).Distinct().ToListAsync()).Select(d => (d.Note, d.Source)));
            var added = new CodeDecision { InterviewId = "r001", VariableId = "v000", CodebookVersion = 1, CoderId = "ana", Action = DecisionAction.Set, Value = 2, At = DateTimeOffset.UtcNow };
            db.Decisions.Add(added);
            await db.SaveChangesAsync();
            Assert.Equal(41, added.Id);
        }
        Assert.Equal(await NewStudySchemaAsync(), Schema(t.Folder.DatabaseFile));
        Assert.Single(Directory.GetFiles(t.Folder.Path, "*.bak-*"));
        Assert.False(File.Exists(t.Folder.DatabaseFile + ".upgrading"));
    }

    [Fact]
    public async Task MigrationFails_OneLineErrorNamingTheBackup()
    {
        // A study whose history says only the first migration ran although its tables already have the second one's
        // columns (what the baseline of an older build left behind): the second migration cannot run.
        await using var t = StoreTarget.Sqlite();
        File.Copy(RepoPaths.Combine("tests", "data", "store", "study-ensurecreated-2026-12-02.db"), t.Folder.DatabaseFile);
        string first;
        await using (var db = t.Database.CreateContext())
        {
            first = db.Database.GetMigrations().First();
        }
        await using (var connection = new SqliteConnection($"Data Source={t.Folder.DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand($"CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL); INSERT INTO \"__EFMigrationsHistory\" VALUES ('{first}', '10.0.0');", connection);
            await command.ExecuteNonQueryAsync();
        }

        var ex = await Assert.ThrowsAsync<PreCoder.Core.Errors.UnavailableException>(() => t.Database.MigrateAsync());

        Assert.DoesNotContain('\n', ex.Message);
        Assert.Contains("duplicate column", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(Directory.GetFiles(t.Folder.Path, "*.bak-*")), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreMigrationStudy_Migrated_HasTheSchemaOfANewStudy()
    {
        await using var t = StoreTarget.Sqlite();
        PreMigrationFixture.CopySqliteInto(t.Folder);

        await t.Database.MigrateAsync();

        Assert.Equal(await NewStudySchemaAsync(), Schema(t.Folder.DatabaseFile));
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

    /// <summary>The schema of a study created now.</summary>
    private static async Task<List<string>> NewStudySchemaAsync()
    {
        await using var t = await StoreTarget.SqliteAsync();
        return Schema(t.Folder.DatabaseFile);
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
