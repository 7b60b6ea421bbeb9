using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PreCoder.TestKit;

namespace PreCoder.Store.Tests;

public sealed class PostgresMigrationTests
{
    [PostgresFact]
    public async Task PreMigrationStudy_Migrated_KeepsRowsAndRecordsEveryMigration()
    {
        await using var t = StoreTarget.Postgres();
        await PreMigrationFixture.LoadPostgresAsync(t.Database.Options.ConnectionString!);
        await MigrationContract.PreMigrationStudy_Migrated_KeepsRowsAndRecordsEveryMigration(t);
    }

    [PostgresFact]
    public async Task ProvenanceInNotes_Migrated_MovesToSourceAndKeepsCodersNotes()
    {
        await using var t = StoreTarget.Postgres();
        await MigrationContract.ProvenanceInNotes_Migrated_MovesToSourceAndKeepsCodersNotes(t);
    }

    [PostgresFact]
    public async Task Model_EveryChangeHasAMigration()
    {
        await using var t = StoreTarget.Postgres();
        MigrationContract.Model_EveryChangeHasAMigration(t);
    }

    [PostgresFact]
    public async Task MigratedStudy_OpenedAgain_NothingApplied()
    {
        await using var t = StoreTarget.Postgres();
        await PreMigrationFixture.LoadPostgresAsync(t.Database.Options.ConnectionString!);
        await MigrationContract.MigratedStudy_OpenedAgain_NothingApplied(t);
    }

    [PostgresFact]
    public async Task InitialMigration_MatchesPreMigrationSchema()
    {
        await using var migrated = StoreTarget.Postgres();
        await using (var db = migrated.Database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }
        await using var preMigration = StoreTarget.Postgres();
        await PreMigrationFixture.LoadPostgresAsync(preMigration.Database.Options.ConnectionString!);
        Assert.Equal(await SchemaAsync(preMigration), await SchemaAsync(migrated));
    }

    /// <summary>Every column (type, nullability, default, identity) and index of the study, not EF's bookkeeping tables.</summary>
    private static async Task<List<string>> SchemaAsync(StoreTarget target)
    {
        await using var db = target.Database.CreateContext();
        var rows = await db.Database.SqlQueryRaw<string>("""
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' ' || is_identity AS "Value"
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
            """).ToListAsync();
        rows.Sort(StringComparer.Ordinal);
        Assert.NotEmpty(rows);
        return rows;
    }
}
