using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Pipeline;

[Description("Run a pipeline file (pipelines/*.yaml) over input files; a rerun skips finished work.")]
public sealed class RunCommand : StudyCommand<RunCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<PIPELINE>")]
        [Description("The pipeline YAML file.")]
        public string Pipeline { get; init; } = "";

        [CommandOption("--input <PATH>")]
        [Description("Input files or folders (repeatable).")]
        public string[] Input { get; init; } = [];

        [CommandOption("--model <PATH>")]
        [Description("Whisper ggml model file (same as --set Transcription:ModelPath=PATH).")]
        public string? Model { get; init; }

        [CommandOption("--distributed")]
        [Description("Enqueue one job per input file and stage for 'precoder worker' processes instead of running here (a study in PostgreSQL).")]
        public bool Distributed { get; init; }
    }

    /// <summary>A run may start a study: a batch job should not need a separate init step.</summary>
    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var request = new PipelineRunRequest(settings.Pipeline, settings.Input) { Model = settings.Model };
        if (settings.Distributed)
        {
            var batch = await DistributedRuns.EnqueueAsync(session, request, cancellationToken);
            Output.Result(batch, $"batch {batch.Batch}: {batch.Jobs} jobs for {batch.Files} files enqueued ('precoder status' follows them)");
            return ExitCodes.Success;
        }
        var report = await PipelineRuns.RunAsync(
            session, request, ConsoleRunProgress.Instance, ConsoleNotes.Instance, cancellationToken);
        Output.Result(report, report.Describe());
        return report.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
