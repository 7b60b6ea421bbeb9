using Microsoft.Extensions.Logging;

namespace PreCoder.Application.Studies;

/// <summary>A session's notes for a host without a console of its own (the web workspace): into the study's log.</summary>
internal sealed partial class LoggedNotes(ILogger logger) : IProgress<string>
{
    public void Report(string value) => Note(logger, value);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Note}")]
    private static partial void Note(ILogger logger, string note);
}
