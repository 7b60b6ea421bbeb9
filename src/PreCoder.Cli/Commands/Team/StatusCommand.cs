using System.ComponentModel;
using System.Globalization;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Team;

[Description("A distributed batch's progress per stage (waiting, blocked behind a failure, queued, running, failed, done, items per minute), its gates (study-wide stages waiting for every file) and its failed list.")]
public sealed class StatusCommand : StudyCommand<StatusCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--batch <ID>")]
        [Description("The batch 'run --distributed' printed (default: the latest).")]
        public string? Batch { get; init; }
    }

    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var status = await TeamStatus.ReadAsync(session, settings.Batch, cancellationToken);
        Output.Result(status, Describe(status));
        return 0;
    }

    private static string Describe(BatchStatus status)
    {
        if (status.Batch is null)
        {
            return "no distributed batch yet ('precoder run PIPELINE --input PATH --distributed' enqueues one)";
        }
        var lines = new List<string> { $"batch {status.Batch}{(status.Finished ? " (finished)" : "")}", $"{"stage",-12} {"waiting",8} {"blocked",8} {"queued",8} {"running",8} {"failed",8} {"done",8} {"items/min",10}" };
        lines.AddRange(status.Stages.Select(s =>
            $"{s.Stage,-12} {s.Waiting,8} {s.Blocked,8} {s.Queued,8} {s.Running,8} {s.Failed,8} {s.Done,8} {(s.ItemsPerMinute is { } r ? r.ToString("0.0", CultureInfo.InvariantCulture) : "-"),10}"));
        lines.AddRange(status.Gates.Select(Describe));
        lines.AddRange(status.Failed.Select(f => $"  failed: {f.Stage} {f.Item ?? "(study)"} after {f.Attempts} attempt(s): {f.Error}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Describe(GateProgress gate) =>
        gate.Open ? $"  gate before {gate.Stage}: open, {gate.Done} of {gate.Files} files done"
        : gate.Failed > 0 ? $"  gate before {gate.Stage}: blocked, {gate.Done} of {gate.Files} files done, {gate.Failed} failed ('precoder retry' after fixing them lets the batch go on)"
        : $"  gate before {gate.Stage}: waiting, {gate.Done} of {gate.Files} files done";
}
