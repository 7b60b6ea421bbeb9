using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PreCoder.Core.Errors;
using PreCoder.Store.Persistence;
using PreCoder.Store.Reading;
using PreCoder.Store.Studies;
using Serilog.Extensions.Logging;

namespace PreCoder.Application.Studies;

/// <summary>
/// What one use case works with, whichever host runs it (CLI, web workspace, worker): the study folder, its layered
/// configuration, its logger and its database. Each unit of work opens its own <see cref="StudyDbContext"/>.
/// </summary>
public sealed class StudySession : IDisposable
{
    private readonly Serilog.Core.Logger _serilog;
    private readonly SerilogLoggerFactory _loggerFactory;

    private StudySession(StudyFolder folder, IConfigurationRoot configuration, Serilog.Core.Logger serilog, TimeProvider time, IProgress<string>? notes)
    {
        Folder = folder;
        Configuration = configuration;
        Time = time;
        _serilog = serilog;
        _loggerFactory = new SerilogLoggerFactory(serilog);
        Database = new StudyDatabase(folder, configuration.Bind<StoreOptions>(StoreOptions.Section), _loggerFactory.CreateLogger<StudyDatabase>(), time);
        Notes = notes ?? new LoggedNotes(_loggerFactory.CreateLogger<StudySession>());
    }

    public StudyFolder Folder { get; }

    public IConfigurationRoot Configuration { get; }

    public StudyDatabase Database { get; }

    /// <summary>The clock every decision and run record is stamped with; tests pass a fake one.</summary>
    public TimeProvider Time { get; }

    public ILoggerFactory LoggerFactory => _loggerFactory;

    /// <summary>Notes to the person running a use case (see <see cref="StudyOpenOptions.Notes"/>).</summary>
    public IProgress<string> Notes { get; }

    /// <summary>Opens an existing study; a folder without one is a clear error, not an empty study.</summary>
    public static async Task<StudySession> OpenAsync(StudyOpenOptions options, CancellationToken cancellationToken)
    {
        var folder = new StudyFolder(options.StudyPath);
        if (options.RequireStudy && !folder.Exists)
        {
            throw new UnavailableException($"{folder.Path}: no study here (no {StudyFolder.SettingsFileName}); create one with 'precoder init {folder.Path}' or pass --study DIR");
        }
        var configuration = AppConfiguration.Build(folder.Path, options.Overrides);
        var serilog = (Serilog.Core.Logger)StudyLogging.Create(folder.Exists ? folder.LogsDirectory : null, options.Verbose);
        var session = new StudySession(folder, configuration, serilog, options.Time ?? TimeProvider.System, options.Notes);
        // A study in PostgreSQL may have no folder here (--study CONNECTION): its database is the study.
        if (folder.Exists || session.Database.Options.Provider == StoreProvider.Postgres)
        {
            try
            {
                await session.Database.MigrateAsync(cancellationToken);
            }
            catch (ArgumentException ex) when (session.Database.Options.Provider == StoreProvider.Postgres)
            {
                session.Dispose();
                throw new InputException("--study", null, $"not a PostgreSQL connection string: {ex.Message}");
            }
            // EF's retrying strategy wraps the provider's failure in an InvalidOperationException.
            catch (Exception ex) when ((ex as System.Data.Common.DbException ?? ex.InnerException as System.Data.Common.DbException) is { } failure)
            {
                session.Dispose();
                throw new UnavailableException($"cannot reach the study's database: {failure.Message}");
            }
        }
        return session;
    }

    public StudyDbContext CreateDb() => Database.CreateContext();

    /// <summary>A connection of its own for a use case that only reads (see <see cref="StudyReader"/>).</summary>
    public Task<StudyReader> OpenReaderAsync(CancellationToken cancellationToken) => StudyReader.OpenAsync(Database, cancellationToken);

    public ILogger<T> Logger<T>() => _loggerFactory.CreateLogger<T>();

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _serilog.Dispose();
    }
}
