using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PreCoder.Application.Studies;

/// <summary>Serilog for every host: human lines on standard error, a rolling JSON file in the study's logs folder.</summary>
public static class StudyLogging
{
    public static Serilog.ILogger Create(string? logsDirectory, bool verbose)
    {
        var config = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            // Standard error, so standard output stays clean for exports and --json.
            .WriteTo.Console(
                restrictedToMinimumLevel: verbose ? LogEventLevel.Debug : LogEventLevel.Warning,
                standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "{Level:u3}: {Message:lj}{NewLine}{Exception}");
        if (logsDirectory is not null && Directory.Exists(logsDirectory))
        {
            config = config.WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(logsDirectory, "precoder-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30);
        }
        return config.CreateLogger();
    }
}
