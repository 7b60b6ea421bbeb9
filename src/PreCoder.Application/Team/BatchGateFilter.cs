using Hangfire.States;

namespace PreCoder.Application.Team;

/// <summary>
/// Turns a <see cref="BatchGate"/>'s failure into "scheduled again in <c>delay</c>": a closed gate (or a database
/// hiccup while it looked) is not an error, and it must not run out of retries while a failed file waits for
/// <c>precoder retry</c>. It runs before Hangfire's retry filter, which then sees no failure.
/// </summary>
public sealed class BatchGateFilter(TimeSpan delay) : IElectStateFilter
{
    public void OnStateElection(ElectStateContext context)
    {
        if (context.BackgroundJob.Job?.Type == typeof(BatchGate) && context.CandidateState is FailedState failed)
        {
            context.CandidateState = new ScheduledState(delay) { Reason = failed.Exception.Message.ReplaceLineEndings(" ") };
        }
    }
}
