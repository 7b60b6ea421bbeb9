using Hangfire;

namespace PreCoder.Application.Team;

/// <summary>Gives each job the worker's study session; jobs open their own database contexts from it.</summary>
internal sealed class SessionJobActivator(StudySession session) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        jobType == typeof(StageJob) ? new StageJob(session)
        : jobType == typeof(BatchGate) ? new BatchGate(session)
        : base.ActivateJob(jobType);
}
