namespace PreCoder.Application.Team;

/// <summary>What <c>run --distributed</c> put in the queues: the batch, how many input files, and one job per file and stage (plus study-wide ones).</summary>
public sealed record BatchEnqueued(string Batch, string Pipeline, int Files, int Jobs);
