namespace PreCoder.Application.Pipeline;

/// <summary>
/// Decides when a progress line is worth writing where no live bar can be drawn (a log file, a pipe, CI): the first
/// call (a slow first item should not look like a hang), each further tenth of the work, the end, and every 30 seconds
/// in between. A 220-interview import then writes a dozen lines instead of 220. Safe to call from parallel workers.
/// </summary>
public sealed class ProgressThrottle
{
    /// <summary>The longest wait between two lines while work goes on.</summary>
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly Lock _gate = new();
    private int _lastTenth = -1;
    private TimeSpan _lastAt;

    public ProgressThrottle(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>Time since the throttle was made, for an ETA.</summary>
    public TimeSpan Elapsed => _time.GetElapsedTime(_started);

    /// <summary>True when the line for <paramref name="done"/> of <paramref name="total"/> should be written.</summary>
    public bool ShouldReport(long done, long total) =>
        total > 0 && ShouldReport((int)(Math.Clamp(done, 0, total) * 10 / total), done >= total);

    /// <summary>True when the line for a share of the work (0 to 1) should be written.</summary>
    public bool ShouldReport(double share) =>
        // The small nudge keeps 0.3 (stored as 0.2999...) in the third tenth.
        ShouldReport((int)Math.Floor((Math.Clamp(share, 0, 1) * 10) + 1e-9), share >= 1);

    private bool ShouldReport(int tenth, bool finished)
    {
        lock (_gate)
        {
            var now = Elapsed;
            if (!finished && tenth <= _lastTenth && now - _lastAt < Every)
            {
                return false;
            }
            _lastTenth = Math.Max(_lastTenth, tenth);
            _lastAt = now;
            return true;
        }
    }
}
