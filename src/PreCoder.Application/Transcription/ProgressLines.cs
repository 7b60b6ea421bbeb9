using PreCoder.Application.Pipeline;
using PreCoder.Transcription.Processing;

namespace PreCoder.Application.Transcription;

/// <summary>
/// Per-recording progress on standard error: percentage, audio position and ETA, at each further tenth, at the end and every 30 seconds (<see cref="ProgressThrottle"/>).
/// Lines (not a live bar) because the pipeline runner may already show the batch's bar.
/// </summary>
public sealed class ProgressLines(string name) : IProgress<TranscriptionProgress>
{
    private readonly ProgressThrottle _throttle = new();
    private double? _startSeconds;

    public void Report(TranscriptionProgress value)
    {
        _startSeconds ??= value.Resumed ? value.DoneSeconds : 0;
        var share = value.TotalSeconds is > 0 ? Math.Min(1, value.DoneSeconds / value.TotalSeconds.Value) : (double?)null;
        // Without a duration only the 30-second rule applies: the share stays 0.
        if (!_throttle.ShouldReport(share ?? 0) && !value.Resumed)
        {
            return;
        }
        var now = _throttle.Elapsed;
        var position = $"{TimeSpan.FromSeconds(value.DoneSeconds):hh\\:mm\\:ss}";
        string line;
        if (value.Resumed)
        {
            line = $"transcribe: {name}: resuming at {position}";
        }
        else if (share is { } p && value.TotalSeconds is { } total)
        {
            var done = value.DoneSeconds - _startSeconds.Value;
            var eta = done > 0 ? TimeSpan.FromSeconds(now.TotalSeconds / done * (total - value.DoneSeconds)) : TimeSpan.Zero;
            line = $"transcribe: {name}: {p:P0} ({position} of {TimeSpan.FromSeconds(total):hh\\:mm\\:ss}, eta {eta:hh\\:mm\\:ss})";
        }
        else
        {
            line = $"transcribe: {name}: {position} done";
        }
        // Standard error, whichever host: the CLI's output stays clean, a worker's console log keeps the line.
        Console.Error.WriteLine(line);
    }
}
