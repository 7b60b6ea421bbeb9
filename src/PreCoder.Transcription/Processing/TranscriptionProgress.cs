namespace PreCoder.Transcription.Processing;

/// <summary>Reported after every chunk.</summary>
/// <param name="TotalSeconds">The recording's length when known, for percentages and ETAs.</param>
public sealed record TranscriptionProgress(string Path, double DoneSeconds, double? TotalSeconds, int Chunk, bool Resumed);
