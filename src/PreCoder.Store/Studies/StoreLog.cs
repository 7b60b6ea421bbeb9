using Microsoft.Extensions.Logging;

namespace PreCoder.Store.Studies;

/// <summary>What opening a study tells the user about its schema.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Study database predates migrations: recorded {Migration} as already applied")]
    public static partial void Baselined(ILogger logger, string migration);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Backed up {Database} to {Backup} before migrating")]
    public static partial void BackedUp(ILogger logger, string database, string backup);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Applying {Count} schema migration(s): {Migrations}")]
    public static partial void Migrating(ILogger logger, int count, string migrations);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Information, Message = "Study database {Database} predates migrations: its rows were copied into a database with all {Count} migrations applied")]
    public static partial void UpgradedByCopy(ILogger logger, string database, int count);
}
