using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using PreCoder.Store.Studies;
using PreCoder.TestKit;

namespace PreCoder.Store.Tests;

/// <summary>A study database on one provider, removed afterwards: fresh and migrated, or not yet opened.</summary>
public sealed class StoreTarget : IAsyncDisposable
{
    private readonly TempDirectory _dir = new("precoder-store");

    private StoreTarget(StoreOptions options, ILogger<StudyDatabase>? logger, TimeProvider? time)
    {
        Folder = new StudyFolder(_dir.Path);
        Folder.Create("test");
        Database = new StudyDatabase(Folder, options, logger, time);
    }

    public StudyFolder Folder { get; }

    public StudyDatabase Database { get; }

    public static async Task<StoreTarget> SqliteAsync()
    {
        var t = Sqlite();
        await t.Database.MigrateAsync();
        return t;
    }

    public static async Task<StoreTarget> PostgresAsync()
    {
        var t = Postgres();
        await t.Database.MigrateAsync();
        return t;
    }

    /// <summary>A study folder whose database file does not exist yet.</summary>
    public static StoreTarget Sqlite(ILogger<StudyDatabase>? logger = null, TimeProvider? time = null) =>
        new(new StoreOptions { Provider = StoreProvider.Sqlite }, logger, time);

    /// <summary>A study on a PostgreSQL database name that does not exist yet.</summary>
    public static StoreTarget Postgres(ILogger<StudyDatabase>? logger = null, TimeProvider? time = null) =>
        new(new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = NewPostgresDatabase() }, logger, time);

    /// <summary>A connection string naming a new, not yet created, database on the test server.</summary>
    public static string NewPostgresDatabase() =>
        new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = $"precoder_test_{Guid.NewGuid():N}" }.ConnectionString;

    /// <summary>Replaces the decision trail with <paramref name="trail"/>, written in its order.</summary>
    public async Task ReplaceDecisionsAsync(IEnumerable<PreCoder.Core.Coding.CodeDecision> trail)
    {
        await using var db = Database.CreateContext();
        await db.Decisions.ExecuteDeleteAsync();
        db.Decisions.AddRange(trail);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Database.Options.Provider == StoreProvider.Postgres)
        {
            await using var db = Database.CreateContext();
            await db.Database.EnsureDeletedAsync();
        }
        _dir.Dispose();
    }
}
