namespace PreCoder.Application.Pipeline;

/// <summary>How a host shows a stage's progress: a bar on a terminal, lines in a log, a counter on a dashboard.</summary>
public interface IRunProgress
{
    /// <summary>Runs <paramref name="work"/>, which calls the action it is given once per finished item.</summary>
    Task TrackAsync(string stage, int total, Func<Action, Task> work);

    /// <summary>Shows nothing.</summary>
    static IRunProgress None { get; } = new NoProgress();

    private sealed class NoProgress : IRunProgress
    {
        public Task TrackAsync(string stage, int total, Func<Action, Task> work) => work(() => { });
    }
}
