using Microsoft.Extensions.Logging;
using PreCoder.Transcription.Processing;

namespace PreCoder.Application.Transcription;

/// <summary>
/// Stores a recording's chunk checkpoints in a shared study's database while it is transcribed, at most once per
/// <c>interval</c> (after the chunk that passes it), so a worker killed outright loses at most that much work plus one
/// chunk: the next worker pulls the stored chunks and resumes after them. The push runs beside the transcription,
/// never holding it up; a push still running when the next is due is not doubled, and one that fails is logged and
/// tried again after the next chunk. A SQLite study's folder is the only copy and nothing is pushed.
/// </summary>
public sealed partial class CheckpointPush(StudySession session, string directory, TimeSpan interval, IProgress<TranscriptionProgress> inner)
    : IProgress<TranscriptionProgress>, IAsyncDisposable
{
    private readonly ILogger<CheckpointPush> _log = session.Logger<CheckpointPush>();
    private DateTimeOffset _last = session.Time.GetUtcNow();
    private Task _pushing = Task.CompletedTask;

    public void Report(TranscriptionProgress value)
    {
        inner.Report(value);
        var now = session.Time.GetUtcNow();
        if (value.Resumed || now - _last < interval || !_pushing.IsCompleted)
        {
            return;
        }
        _last = now;
        _pushing = PushAsync();
    }

    /// <summary>Waits for a push in flight, so the caller's own final push does not race it.</summary>
    public async ValueTask DisposeAsync() => await _pushing;

    private async Task PushAsync()
    {
        // Off the transcriber's thread: the chunk's files are complete (written and renamed) before it reports.
        await Task.Yield();
        try
        {
            await StudyFiles.PushAsync(session, directory, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or System.Data.Common.DbException or InvalidOperationException)
        {
            LogPushFailed(directory, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoints of {Directory} not stored yet: {Problem}; tried again after the next chunk")]
    private partial void LogPushFailed(string directory, string problem);
}
