using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PreCoder.Core.Errors;
using PreCoder.Store.Persistence;
using PreCoder.Store.Studies;
using Serilog.Extensions.Logging;

namespace PreCoder.Cli.Infrastructure;

/// <summary>What one command run works with: the study folder, its configuration, logger and database.</summary>
public sealed class Session : IDisposable
{
    private readonly Serilog.Core.Logger _serilog;
    private readonly SerilogLoggerFactory _loggerFactory;

    private Session(CommonSettings settings, StudyFolder folder, IConfigurationRoot configuration, Serilog.Core.Logger serilog)
    {
        Settings = settings;
        Folder = folder;
        Configuration = configuration;
        _serilog = serilog;
        _loggerFactory = new SerilogLoggerFactory(serilog);
        Database = new StudyDatabase(folder, configuration.Bind<StoreOptions>(StoreOptions.Section), _loggerFactory.CreateLogger<StudyDatabase>());
    }

    public CommonSettings Settings { get; }

    public StudyFolder Folder { get; }

    public IConfigurationRoot Configuration { get; }

    public StudyDatabase Database { get; }

    public ILoggerFactory LoggerFactory => _loggerFactory;

    public Output Output => new(Settings.Json);

    /// <summary>Opens an existing study; a folder without one is a clear error, not an empty study.</summary>
    public static async Task<Session> OpenAsync(CommonSettings settings, CancellationToken cancellationToken, bool requireStudy = true)
    {
        var folder = new StudyFolder(settings.StudyPath);
        if (requireStudy && !folder.Exists)
        {
            throw new UnavailableException($"{folder.Path}: no study here (no {StudyFolder.SettingsFileName}); create one with 'precoder init {folder.Path}' or pass --study DIR");
        }
        var configuration = AppConfiguration.Build(folder.Path, settings.Set);
        var serilog = (Serilog.Core.Logger)Logging.Create(folder.Exists ? folder.LogsDirectory : null, settings.Verbose);
        var session = new Session(settings, folder, configuration, serilog);
        if (folder.Exists)
        {
            await session.Database.MigrateAsync(cancellationToken);
        }
        return session;
    }

    public StudyDbContext CreateDb() => Database.CreateContext();

    public ILogger<T> Logger<T>() => _loggerFactory.CreateLogger<T>();

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _serilog.Dispose();
    }
}
