using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using PreCoder.Transcription.Processing;

namespace PreCoder.Application.Transcription;

/// <summary>One loaded model per file for the life of the process, and a gate on how many recordings run at once.</summary>
public static class TranscriberCache
{
    private static readonly ConcurrentDictionary<string, Lazy<TranscriberFactory>> Factories = new(StringComparer.Ordinal);
    private static readonly object GateLock = new();
    private static SemaphoreSlim? _gate;

    public static TranscriberFactory Get(string modelPath, ILoggerFactory loggerFactory)
    {
        var lazy = Factories.GetOrAdd(modelPath, p => new Lazy<TranscriberFactory>(() => TranscriberFactory.FromPath(p, loggerFactory)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A bad model must fail again next time (the file may have been replaced), not be cached as a failure.
            Factories.TryRemove(modelPath, out _);
            throw;
        }
    }

    public static SemaphoreSlim Gate(int maxConcurrency)
    {
        lock (GateLock)
        {
            return _gate ??= new SemaphoreSlim(maxConcurrency, maxConcurrency);
        }
    }
}
