using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Team;

[Description("Run a worker: take a shared study's distributed jobs from its queues until Ctrl-C (the study must be in PostgreSQL).")]
public sealed class WorkerCommand : StudyCommand<WorkerCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--queues <LIST>")]
        [Description("Comma-separated queues to serve: transcribe, translate, precode, train (default: all).")]
        public string? Queues { get; init; }

        [CommandOption("--concurrency <N>")]
        [Description("Jobs at once (default: the number of processor cores).")]
        public int Concurrency { get; init; } = Environment.ProcessorCount;

        public override Spectre.Console.ValidationResult Validate() =>
            TeamQueues.Parse(Queues).Unknown is { } unknown
                ? Spectre.Console.ValidationResult.Error($"--queues: unknown queue '{unknown}' (known: {string.Join(", ", TeamQueues.All)})")
            : Concurrency < 1 ? Spectre.Console.ValidationResult.Error($"--concurrency {Concurrency} must be at least 1")
            : Spectre.Console.ValidationResult.Success();
    }

    /// <summary>A worker's study is the database named by --study (or the folder's settings); it needs no local folder.</summary>
    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        await TeamWorker.RunAsync(session, new WorkerRequest(TeamQueues.Parse(settings.Queues).Queues, settings.Concurrency), ConsoleNotes.Instance, cancellationToken);
        return 0;
    }
}
