namespace PreCoder.Core.Errors;

/// <summary>Something the command needs is not there (a study folder, a model file, ffmpeg); the message says what and where.</summary>
public sealed class UnavailableException(string message) : Exception(message);
