using Npgsql;
using PreCoder.Store.Studies;
using PreCoder.TestKit;

namespace PreCoder.Store.Tests;

/// <summary>A fresh, empty study database on one provider, removed afterwards.</summary>
public sealed class StoreTarget : IAsyncDisposable
{
    private readonly TempDirectory _dir = new("precoder-store");

    private StoreTarget(StoreOptions options)
    {
        var folder = new StudyFolder(_dir.Path);
        folder.Create("test");
        Database = new StudyDatabase(folder, options);
    }

    public StudyDatabase Database { get; }

    public static async Task<StoreTarget> SqliteAsync()
    {
        var t = new StoreTarget(new StoreOptions { Provider = StoreProvider.Sqlite });
        await t.Database.EnsureCreatedAsync();
        return t;
    }

    public static async Task<StoreTarget> PostgresAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString)
        {
            Database = $"precoder_test_{Guid.NewGuid():N}",
        };
        var t = new StoreTarget(new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = builder.ConnectionString });
        await t.Database.EnsureCreatedAsync();
        return t;
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
