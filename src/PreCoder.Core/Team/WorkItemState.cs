namespace PreCoder.Core.Team;

/// <summary>Where a distributed job is: waiting for the stage before it, in a queue, on a worker, finished, or given up on.</summary>
public enum WorkItemState
{
    /// <summary>A continuation: it is queued when the previous stage of its file succeeds.</summary>
    Awaiting,
    Queued,
    Running,
    Done,
    /// <summary>Every retry failed; <c>precoder retry</c> queues it again.</summary>
    Failed,
}
