using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Studies;

/// <summary>Opens a study's database on the configured provider and brings its schema up to date.</summary>
public sealed class StudyDatabase
{
    private readonly Lazy<Func<StudyDbContext>> _create;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public StudyDatabase(StudyFolder folder, StoreOptions store, ILogger<StudyDatabase>? logger = null, TimeProvider? timeProvider = null)
    {
        Folder = folder;
        Options = store;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        if (store.Provider == StoreProvider.Postgres && string.IsNullOrWhiteSpace(store.ConnectionString))
        {
            throw new InvalidOperationException("Store:Provider is Postgres but Store:ConnectionString is empty; set it in the study's appsettings.json or PRECODER_Store__ConnectionString.");
        }
        // EF Core's options are built on first use: a command that only reads never makes a context (StudyReader).
        _create = new Lazy<Func<StudyDbContext>>(() => ContextFactory(folder, store));
    }

    public StudyFolder Folder { get; }

    public StoreOptions Options { get; }

    /// <summary>Where the data is, for messages: the SQLite file, or the PostgreSQL connection without its password.</summary>
    public string Location => Options.Provider == StoreProvider.Postgres
        ? new Npgsql.NpgsqlConnectionStringBuilder(Options.ConnectionString) { Password = null }.ConnectionString
        : Folder.DatabaseFile;

    public StudyDbContext CreateContext() => _create.Value();

    /// <summary>A new, closed connection to the database, without EF Core (see <see cref="Reading.StudyReader"/>).</summary>
    public System.Data.Common.DbConnection CreateConnection() => Options.Provider == StoreProvider.Postgres
        ? new Npgsql.NpgsqlConnection(Options.ConnectionString)
        : new Microsoft.Data.Sqlite.SqliteConnection(SqliteConnectionString(Folder.DatabaseFile));

    /// <summary>
    /// Creates the schema of a new database or applies the migrations an existing one lacks, backing a SQLite file up
    /// first, and puts a SQLite file in WAL mode. Safe to call on every start: a database that is up to date is left
    /// untouched.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await new SchemaMigrator(this, _logger, _time).MigrateAsync(cancellationToken);
        if (Options.Provider == StoreProvider.Sqlite)
        {
            // WAL keeps readers (the review workspace) working while a batch writes. Straight on a connection: a context
            // would cost a command that only reads more than its reading.
            await using var connection = CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static Func<StudyDbContext> ContextFactory(StudyFolder folder, StoreOptions store)
    {
        if (store.Provider == StoreProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresStudyDbContext>().UseNpgsql(store.ConnectionString).Options;
            return () => new PostgresStudyDbContext(postgres);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteStudyDbContext>().UseSqlite(SqliteConnectionString(folder.DatabaseFile)).Options;
        return () => new SqliteStudyDbContext(sqlite);
    }

    // Pooling off: the study folder must be movable and deletable right after a command ends.
    // A writer waits up to two minutes for another (coders saving, a batch importing) instead of failing with "database is locked".
    internal static string SqliteConnectionString(string file) => $"Data Source={file};Pooling=False;Default Timeout=120";
}
