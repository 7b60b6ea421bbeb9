using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PreCoder.Core.Errors;
using PreCoder.Core.Team;
using Serilog.Context;

namespace PreCoder.Application.Team;

/// <summary>
/// The Hangfire job of a distributed batch: one stage over one input file (or the interviews it became), or one
/// study-wide stage. Each item goes through <see cref="PipelineRunner.RunItemAsync"/>, so it is skipped when its
/// last successful run had the same content hash, exactly like a local run: a job run twice (its worker was killed,
/// it was retried) leaves the same rows as a job run once.
/// </summary>
public sealed partial class StageJob(StudySession session)
{
    private readonly ILogger<StageJob> _log = session.Logger<StageJob>();

    /// <summary>Hangfire's entry point; <paramref name="context"/> and <paramref name="cancellationToken"/> are supplied by Hangfire.</summary>
    [JobDisplayName("{0}")]
    public async Task RunAsync(long workItemId, PerformContext? context, CancellationToken cancellationToken)
    {
        var jobId = context?.BackgroundJob.Id;
        WorkItem work;
        await using (var db = session.CreateDb())
        {
            work = await db.WorkItems.FirstOrDefaultAsync(w => w.Id == workItemId, cancellationToken)
                ?? throw new InputException("batch", null, $"work item {workItemId} is not in this study (was the job enqueued against another database?)");
            work.State = WorkItemState.Running;
            work.Attempts++;
            work.JobId = jobId ?? work.JobId;
            work.Worker = WorkerName;
            work.StartedAt = session.Time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        // Every line logged while the job runs carries the job, the stage and the item (Serilog's log context).
        using var job = LogContext.PushProperty("JobId", jobId);
        using var stageProperty = LogContext.PushProperty("Stage", work.Stage);
        using var itemProperty = LogContext.PushProperty("Item", work.Source ?? "study");
        LogStarted(work.Stage, work.Source ?? "study", work.Attempts);
        var summary = await RunStageAsync(work, cancellationToken);
        var throttle = session.Configuration.Bind<PipelineOptions>(PipelineOptions.Section).ThrottleMilliseconds;
        if (throttle > 0)
        {
            // Output is committed but the job is not yet done: the window the kill-a-worker test aims at.
            await Task.Delay(throttle, cancellationToken);
        }
        await using (var db = session.CreateDb())
        {
            await db.WorkItems.Where(w => w.Id == workItemId).ExecuteUpdateAsync(u => u
                .SetProperty(w => w.State, WorkItemState.Done)
                .SetProperty(w => w.Summary, summary)
                .SetProperty(w => w.Error, (string?)null)
                .SetProperty(w => w.FinishedAt, session.Time.GetUtcNow()), cancellationToken);
        }
        LogFinished(work.Stage, work.Source ?? "study", summary);
    }

    /// <summary>This process on this machine, as the status and the dashboard show it.</summary>
    public static string WorkerName => $"{Environment.MachineName}:{Environment.ProcessId}";

    private async Task<string> RunStageAsync(WorkItem work, CancellationToken cancellationToken)
    {
        var stage = StageRegistry.Create(work.Stage);
        var input = WorkItemInputs.Of(work);
        var items = await ItemsAsync(stage, input, work, cancellationToken);
        var runner = new PipelineRunner(session);
        var outcomes = new List<ItemOutcome>();
        foreach (var item in items)
        {
            var outcome = await runner.RunItemAsync(stage, input, item, cancellationToken);
            if (outcome.Status == ItemStatus.Failed)
            {
                // Hangfire retries on an exception; the runner has recorded the failure in StageRuns already.
                throw new StageJobException(outcome.Error ?? $"{work.Stage} failed on {item.Key}");
            }
            outcomes.Add(outcome);
        }
        return outcomes.Count == 1
            ? outcomes[0].Summary ?? ""
            : $"{outcomes.Count(o => o.Status == ItemStatus.Done)} done, {outcomes.Count(o => o.Status == ItemStatus.Skipped)} already done";
    }

    /// <summary>The stage's items this job covers: the one file (hash checked), the interviews that file became, or the whole study.</summary>
    private async Task<IReadOnlyList<StageItem>> ItemsAsync(IItemStage stage, StageInput input, WorkItem work, CancellationToken cancellationToken)
    {
        switch (StageScopes.Of(stage))
        {
            case StageScope.File:
                var source = work.Source!;
                if (!File.Exists(source))
                {
                    throw new InputException(source, null, "file not found on this worker (recordings must be at the same path on every worker)");
                }
                var planned = await stage.PlanAsync(session, input with { OnlyFile = source }, cancellationToken);
                var item = planned.SingleOrDefault() ?? throw new InputException(source, null, $"stage {stage.Name} does not read this kind of file");
                if (work.InputHash is { } expected && expected != item.InputHash)
                {
                    throw new InputException(source, null, "the file changed since it was enqueued (its content hash differs); run 'precoder retry' to take the file as it is now");
                }
                return [item];
            case StageScope.Interview:
                List<string> interviews;
                await using (var db = session.CreateDb())
                {
                    interviews = await db.Interviews.Where(i => i.Source == work.Source).Select(i => i.Id).ToListAsync(cancellationToken);
                }
                var all = await stage.PlanAsync(session, input, cancellationToken);
                return all.Where(i => interviews.Contains(i.InterviewId ?? i.Key)).ToArray();
            default:
                return await stage.PlanAsync(session, input, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job started: stage {Stage} on {Item}, attempt {Attempt}")]
    private partial void LogStarted(string stage, string item, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job done: stage {Stage} on {Item}: {Summary}")]
    private partial void LogFinished(string stage, string item, string summary);
}
