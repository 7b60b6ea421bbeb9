namespace PreCoder.Application.Team;

/// <summary>What <c>run --distributed</c> put in the queues: the batch, how many input files, and its jobs: one per file and stage, one per study-wide stage, and one gate per study-wide part after per-file stages.</summary>
public sealed record BatchEnqueued(string Batch, string Pipeline, int Files, int Jobs);
