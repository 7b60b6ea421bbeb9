namespace PreCoder.Application.Pipeline;

/// <summary>What a run did with an item: did it, found it already done, or failed on it.</summary>
public enum ItemStatus
{
    Done,
    Skipped,
    Failed,
}
