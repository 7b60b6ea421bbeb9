using Microsoft.Extensions.Logging;

namespace PreCoder.Web.Hosting;

/// <summary>Sends the web host's logs to the study's own logger (its Serilog files), so a study has one log whichever host ran.</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory studyLoggers) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => studyLoggers.CreateLogger(categoryName);

    public void Dispose()
    {
        // The study session owns the factory and disposes it.
    }
}
