using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PreCoder.Core.Pipeline;

namespace PreCoder.Application.Pipeline;

/// <summary>
/// Runs stages in order over their items. An item whose last successful run had the same input hash is
/// skipped, so a rerun after a crash or Ctrl-C picks up where the last one stopped; a failing item is
/// recorded with its error and the batch goes on.
/// </summary>
public sealed partial class PipelineRunner(StudySession session, IRunProgress? progress = null)
{
    private readonly IRunProgress _progress = progress ?? IRunProgress.None;
    private readonly ILogger<PipelineRunner> _log = session.Logger<PipelineRunner>();

    public async Task<RunReport> RunAsync(string name, IReadOnlyList<(IItemStage Stage, StageInput Input)> stages, CancellationToken cancellationToken)
    {
        var outcomes = new List<ItemOutcome>();
        var throttle = session.Configuration.Bind<PipelineOptions>(PipelineOptions.Section).ThrottleMilliseconds;
        // Every stage's options are bound and validated before the first stage plans anything: a bad value for the
        // last stage fails now, not after the earlier stages' hours of work.
        foreach (var (stage, input) in stages)
        {
            StageOptionsBinder.Bind(stage.OptionsType, stage.Name, input.Options, input.Origin);
        }
        foreach (var (stage, input) in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = await stage.PlanAsync(session, input, cancellationToken);
            LogStagePlanned(stage.Name, items.Count);
            var parallel = stage is IConcurrentStage concurrent ? Math.Max(1, concurrent.MaxConcurrency(session, input)) : 1;
            var results = new ItemOutcome[items.Count];
            await _progress.TrackAsync(stage.Name, items.Count, async advance =>
            {
                // Items keep their planned order in the report whatever order they finish in.
                await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (i, ct) =>
                {
                    results[i] = await RunItemAsync(stage, input, items[i], ct);
                    advance();
                    if (throttle > 0)
                    {
                        await Task.Delay(throttle, ct);
                    }
                });
            });
            outcomes.AddRange(results);
        }
        return new RunReport(name, outcomes);
    }

    /// <summary>Runs one item unless its last successful run had the same input hash, and records the outcome (a distributed job runs exactly this).</summary>
    public async Task<ItemOutcome> RunItemAsync(IItemStage stage, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        await using (var db = session.CreateDb())
        {
            var previous = await db.StageRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Stage == stage.Name && r.Item == item.Key, cancellationToken);
            if (previous is { Status: StageRunStatus.Succeeded } && previous.InputHash == item.InputHash)
            {
                return new ItemOutcome(stage.Name, item.Key, ItemStatus.Skipped, previous.Summary, null);
            }
        }
        var started = session.Time.GetUtcNow();
        try
        {
            var summary = await stage.RunAsync(session, input, item, cancellationToken);
            await RecordAsync(stage.Name, item, StageRunStatus.Succeeded, summary, null, started, cancellationToken);
            return new ItemOutcome(stage.Name, item.Key, ItemStatus.Done, summary, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var expected = ex is Core.Errors.InputException or Core.Errors.UnavailableException;
            var error = expected ? ex.Message : $"{item.Key}: {ex.GetType().Name}: {ex.Message}";
            if (expected)
            {
                // Bad input is reported in the run summary; the log keeps the line, not a stack trace.
                LogItemRejected(stage.Name, item.Key, ex.Message);
            }
            else
            {
                LogItemFailed(ex, stage.Name, item.Key);
            }
            await RecordAsync(stage.Name, item, StageRunStatus.Failed, null, error, started, CancellationToken.None);
            return new ItemOutcome(stage.Name, item.Key, ItemStatus.Failed, null, error);
        }
    }

    private async Task RecordAsync(string stage, StageItem item, StageRunStatus status, string? summary, string? error, DateTimeOffset started, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var run = await db.StageRuns.FirstOrDefaultAsync(r => r.Stage == stage && r.Item == item.Key, cancellationToken);
        if (run is null)
        {
            run = new StageRun { Stage = stage, Item = item.Key, InputHash = item.InputHash };
            db.StageRuns.Add(run);
        }
        run.InputHash = item.InputHash;
        run.Status = status;
        run.Summary = summary;
        run.Error = error;
        run.StartedAt = started;
        run.FinishedAt = session.Time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stage {Stage}: {Count} items")]
    private partial void LogStagePlanned(string stage, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stage {Stage} rejected {Item}: {Reason}")]
    private partial void LogItemRejected(string stage, string item, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stage {Stage} failed on {Item}")]
    private partial void LogItemFailed(Exception ex, string stage, string item);
}
