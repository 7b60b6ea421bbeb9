namespace PreCoder.Application.Team;

/// <summary>A distributed job's item failed; the message is the one-line error the failed list shows.</summary>
public sealed class StageJobException(string message) : Exception(message);
