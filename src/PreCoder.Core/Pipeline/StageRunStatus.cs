namespace PreCoder.Core.Pipeline;

public enum StageRunStatus
{
    Running = 0,
    Succeeded = 1,
    Failed = 2,
}
