namespace PreCoder.Application.Team;

/// <summary>A <see cref="BatchGate"/> found files of its batch unfinished; the message is what the dashboard shows while it waits.</summary>
public sealed class BatchGateClosedException(string message) : Exception(message);
