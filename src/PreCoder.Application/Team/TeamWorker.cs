using Hangfire;
using Microsoft.Extensions.Logging;

namespace PreCoder.Application.Team;

/// <summary>
/// <c>precoder worker</c>: a Hangfire server on this machine that takes the study's jobs from the chosen queues until
/// cancelled. Retries back off as <see cref="TeamOptions"/> says; a job this worker was running when it died goes
/// back to the queue after <see cref="TeamOptions.InvisibilityTimeoutSeconds"/> and another worker does it.
/// </summary>
public static partial class TeamWorker
{
    public static async Task RunAsync(StudySession session, WorkerRequest request, IProgress<string>? notes, CancellationToken cancellationToken)
    {
        var (storage, options) = await TeamStudy.OpenAsync(session, cancellationToken);
        UseRetries(options, session);
        var server = new BackgroundJobServerOptions
        {
            Queues = [.. request.Queues],
            WorkerCount = request.Concurrency,
            ServerName = StageJob.WorkerName,
            SchedulePollingInterval = TimeSpan.FromMilliseconds(options.PollIntervalMilliseconds),
            // A killed worker's server record goes soon, so the dashboard does not list dead workers for long.
            HeartbeatInterval = TimeSpan.FromSeconds(Math.Min(30, options.InvisibilityTimeoutSeconds)),
            ServerCheckInterval = TimeSpan.FromSeconds(Math.Min(60, options.InvisibilityTimeoutSeconds)),
            ServerTimeout = TimeSpan.FromSeconds(Math.Max(options.InvisibilityTimeoutSeconds, 15)),
            Activator = new SessionJobActivator(session),
        };
        using (var worker = new BackgroundJobServer(server, storage))
        {
            notes?.Report($"worker {StageJob.WorkerName} on {session.Database.Location}: queues {string.Join(",", request.Queues)}, {request.Concurrency} at once (Ctrl-C stops it)");
            LogStarted(session.Logger<WorkerRequest>(), StageJob.WorkerName, string.Join(",", request.Queues), request.Concurrency);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: jobs in flight get Hangfire's shutdown timeout to finish; an unfinished one goes back to the queue.
                worker.SendStop();
            }
        }
    }

    /// <summary>Hangfire's global retry filter replaced by one with this study's attempts and doubling delays.</summary>
    private static void UseRetries(TeamOptions options, StudySession session)
    {
        foreach (var existing in GlobalJobFilters.Filters.Where(f => f.Instance is AutomaticRetryAttribute or WorkItemStateFilter or BatchGateFilter).ToArray())
        {
            GlobalJobFilters.Filters.Remove(existing.Instance);
        }
        GlobalJobFilters.Filters.Add(new AutomaticRetryAttribute
        {
            Attempts = options.RetryAttempts,
            DelaysInSeconds = options.RetryDelays(),
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
        });
        GlobalJobFilters.Filters.Add(new WorkItemStateFilter(session));
        // Order 0 runs before the retry filter's 20: a waiting gate is rescheduled, never counted as a failed attempt.
        GlobalJobFilters.Filters.Add(new BatchGateFilter(TimeSpan.FromSeconds(options.GatePollSeconds)), 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Worker} started: queues {Queues}, concurrency {Concurrency}")]
    private static partial void LogStarted(ILogger logger, string worker, string queues, int concurrency);
}
