using Microsoft.EntityFrameworkCore;
using PreCoder.Store.Persistence;
using PreCoder.Store.Studies;

namespace PreCoder.Store.Tests;

/// <summary>
/// Opening a study checks its history table against <see cref="SchemaMigrations"/> instead of asking EF Core; a
/// migration added without listing it there would leave studies unmigrated, so the lists must be EF Core's own.
/// </summary>
public sealed class SchemaMigrationsTests
{
    [Fact]
    public void Sqlite_ListsEveryMigrationInOrder()
    {
        using var db = new SqliteStudyDbContext(new DbContextOptionsBuilder<SqliteStudyDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.Equal(db.Database.GetMigrations(), SchemaMigrations.Of(StoreProvider.Sqlite));
    }

    [Fact]
    public void Postgres_ListsEveryMigrationInOrder()
    {
        // The context never connects: migrations are found in the assembly.
        using var db = new PostgresStudyDbContext(new DbContextOptionsBuilder<PostgresStudyDbContext>().UseNpgsql("Host=localhost;Database=precoder_migrations_check").Options);
        Assert.Equal(db.Database.GetMigrations(), SchemaMigrations.Of(StoreProvider.Postgres));
    }
}
