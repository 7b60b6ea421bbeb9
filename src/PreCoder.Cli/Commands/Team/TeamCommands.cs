using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Team;

/// <summary>Distributed batches on a shared PostgreSQL study: workers, progress, retries (<c>run --distributed</c> enqueues).</summary>
public static class TeamCommands
{
    public static void AddTeamCommands(this IConfigurator config)
    {
        config.AddCommand<WorkerCommand>("worker").WithExample("worker", "--study", "Host=db;Database=pilot;Username=precoder", "--queues", "transcribe", "--concurrency", "1");
        config.AddCommand<StatusCommand>("status").WithExample("status", "--study", "Host=db;Database=pilot;Username=precoder");
        config.AddCommand<RetryCommand>("retry").WithExample("retry", "--study", "Host=db;Database=pilot;Username=precoder");
    }
}
