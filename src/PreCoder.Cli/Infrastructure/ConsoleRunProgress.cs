using Spectre.Console;

namespace PreCoder.Cli.Infrastructure;

/// <summary>A progress bar with count and ETA on a terminal; a plain line per tenth of the work (<see cref="ProgressThrottle"/>) when standard error is redirected.</summary>
public sealed class ConsoleRunProgress : IRunProgress
{
    public static ConsoleRunProgress Instance { get; } = new();

    public async Task TrackAsync(string stage, int total, Func<Action, Task> work)
    {
        if (total == 0)
        {
            return;
        }
        if (Console.IsErrorRedirected || Output.Human.Profile.Capabilities.Interactive is false)
        {
            var done = 0;
            var throttle = new ProgressThrottle();
            await work(() =>
            {
                var finished = Interlocked.Increment(ref done);
                if (throttle.ShouldReport(finished, total))
                {
                    var eta = TimeSpan.FromTicks(throttle.Elapsed.Ticks / finished * (total - finished));
                    Console.Error.WriteLine($"{stage}: {finished}/{total} (eta {eta:hh\\:mm\\:ss})");
                }
            });
            return;
        }
        await Output.Human.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(stage, maxValue: total);
                await work(() => task.Increment(1));
            });
    }
}
