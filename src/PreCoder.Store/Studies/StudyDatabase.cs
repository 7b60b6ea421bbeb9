using Microsoft.EntityFrameworkCore;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Studies;

/// <summary>Opens a study's database on the configured provider and makes sure its schema exists.</summary>
public sealed class StudyDatabase
{
    private readonly DbContextOptions<StudyDbContext> _options;

    public StudyDatabase(StudyFolder folder, StoreOptions store)
    {
        Folder = folder;
        Options = store;
        var builder = new DbContextOptionsBuilder<StudyDbContext>();
        switch (store.Provider)
        {
            case StoreProvider.Postgres:
                if (string.IsNullOrWhiteSpace(store.ConnectionString))
                {
                    throw new InvalidOperationException("Store:Provider is Postgres but Store:ConnectionString is empty; set it in the study's appsettings.json or PRECODER_Store__ConnectionString.");
                }
                builder.UseNpgsql(store.ConnectionString);
                break;
            default:
                // Pooling off: the study folder must be movable and deletable right after a command ends.
                builder.UseSqlite($"Data Source={folder.DatabaseFile};Pooling=False");
                break;
        }
        _options = builder.Options;
    }

    public StudyFolder Folder { get; }

    public StoreOptions Options { get; }

    public StudyDbContext CreateContext() => new(_options);

    /// <summary>Creates the schema when the database is new. Safe to call on every start.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateContext();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (Options.Provider == StoreProvider.Sqlite)
        {
            // WAL keeps readers (the review workspace) working while a batch writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
