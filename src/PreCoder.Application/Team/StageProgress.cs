namespace PreCoder.Application.Team;

/// <summary>
/// One stage of a batch: how many of its jobs wait for the stage before them, wait behind a failed one (until
/// <c>precoder retry</c>), sit in a queue, run, failed or are done,
/// and how fast they finish (done items per minute between the first start and the last finish; null before two are done).
/// </summary>
public sealed record StageProgress(string Stage, int Waiting, int Blocked, int Queued, int Running, int Failed, int Done, double? ItemsPerMinute);
