namespace PreCoder.Application.Team;

/// <summary>What a worker serves: its queues (see <see cref="TeamQueues"/>) and how many jobs it runs at once.</summary>
public sealed record WorkerRequest(IReadOnlyList<string> Queues, int Concurrency);
