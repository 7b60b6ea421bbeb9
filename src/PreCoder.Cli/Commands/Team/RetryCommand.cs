using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Team;

[Description("Put every failed distributed job back in its queue (after fixing its file), with a fresh set of retries.")]
public sealed class RetryCommand : StudyCommand<CommonSettings>
{
    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, CommonSettings settings, CancellationToken cancellationToken)
    {
        var outcome = await TeamRetry.RetryAsync(session, cancellationToken);
        Output.Result(outcome, outcome.Requeued.Count == 0
            ? "no failed jobs"
            : string.Join(Environment.NewLine, outcome.Requeued.Select(f => $"requeued: {f.Stage} {f.Item ?? "(study)"}")));
        return 0;
    }
}
