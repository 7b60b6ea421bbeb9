using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using PreCoder.Core.Errors;
using PreCoder.Store.Studies;

namespace PreCoder.Application.Team;

/// <summary>
/// A study that workers share: its database must be PostgreSQL (every machine reaches it), and Hangfire keeps its
/// queues in the same database, in a schema of their own (<see cref="TeamOptions.Schema"/>).
/// </summary>
public static class TeamStudy
{
    /// <summary>Checks the study is in a reachable PostgreSQL database, and opens Hangfire's storage on it.</summary>
    public static Task<(JobStorage Storage, TeamOptions Options)> OpenAsync(StudySession session, CancellationToken cancellationToken)
    {
        var options = session.Configuration.Bind<TeamOptions>(TeamOptions.Section);
        options.Validate();
        var store = RequireShared(session);
        try
        {
            // The session brought the schema up to date when it opened the study.
            return Task.FromResult<(JobStorage, TeamOptions)>((Create(session, store.ConnectionString!, options), options));
        }
        catch (Exception ex) when ((ex as System.Data.Common.DbException ?? ex.InnerException as System.Data.Common.DbException) is { } failure)
        {
            throw new UnavailableException($"cannot reach the study's database ({session.Database.Location}): {failure.Message}");
        }
    }

    /// <summary>The study's store, when it is one every machine can share (PostgreSQL).</summary>
    public static StoreOptions RequireShared(StudySession session)
    {
        var store = session.Database.Options;
        if (store.Provider != StoreProvider.Postgres)
        {
            throw new InputException("--study", null,
                "distributed work needs a study in PostgreSQL that every worker reaches: pass --study \"Host=...;Database=...;Username=...\" or a study folder whose Store:Provider is Postgres ('precoder migrate' moves a study there)");
        }
        return store;
    }

    private static PostgreSqlStorage Create(StudySession session, string connectionString, TeamOptions options)
    {
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = options.Schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(options.PollIntervalMilliseconds),
            InvisibilityTimeout = TimeSpan.FromSeconds(options.InvisibilityTimeoutSeconds),
            // A live worker keeps its job however long a recording takes; only a dead one's job goes back to the queue.
            UseSlidingInvisibilityTimeout = true,
        };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
        // Client (run --distributed, retry) and server (worker) must agree on how jobs are serialized.
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(session.LoggerFactory))
            .UseStorage(storage);
        return storage;
    }
}
