namespace PreCoder.Application.Team;

/// <summary>The failed jobs <c>precoder retry</c> put back in their queues.</summary>
public sealed record RetryOutcome(IReadOnlyList<FailedWork> Requeued);
