using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;

namespace PreCoder.Cli.Commands.Classification;

[Description("Propose a score with verbatim evidence for every interview and variable (offline by default); a rerun resumes where a stopped one ended.")]
public sealed class PrecodeCommand : StudyCommand<PrecodeSettings>
{
    protected override async Task<int> RunAsync(StudySession session, PrecodeSettings settings, CancellationToken cancellationToken)
    {
        var request = new PrecodeRequest(settings.Classifier) { Interviews = settings.Interviews, Model = settings.Model };
        var (run, summary, usage) = await StudyPrecoding.RunAsync(session, request, ConsoleRunProgress.Instance, cancellationToken);
        foreach (var item in run.Items)
        {
            Console.Error.WriteLine($"{item.Item}: {item.Status.ToString().ToLowerInvariant()}{(item.Summary is { } s ? $": {s}" : "")}{(item.Error is { } e ? $": {e}" : "")}");
        }
        Output.Result(summary, summary.ToText() + (run.Skipped > 0 ? $"{Environment.NewLine}{run.Skipped} interview(s) already pre-coded with the same inputs were kept" : ""));
        if (usage is not null)
        {
            Console.Error.WriteLine(usage);
        }
        return run.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
