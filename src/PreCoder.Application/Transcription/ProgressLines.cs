using System.Diagnostics;
using PreCoder.Transcription.Processing;

namespace PreCoder.Application.Transcription;

/// <summary>
/// Per-recording progress on standard error: percentage, audio position and ETA, at most every 10% or 30 seconds.
/// Lines (not a live bar) because the pipeline runner may already show the batch's bar.
/// </summary>
public sealed class ProgressLines(string name) : IProgress<TranscriptionProgress>
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastAt = TimeSpan.MinValue;
    private double _lastShare = -1;
    private double? _startSeconds;

    public void Report(TranscriptionProgress value)
    {
        _startSeconds ??= value.Resumed ? value.DoneSeconds : 0;
        var share = value.TotalSeconds is > 0 ? Math.Min(1, value.DoneSeconds / value.TotalSeconds.Value) : (double?)null;
        var now = _clock.Elapsed;
        if (!value.Resumed && share is { } s && s < 1 && s - _lastShare < 0.1 && now - _lastAt < Every)
        {
            return;
        }
        _lastAt = now;
        _lastShare = share ?? 0;
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
