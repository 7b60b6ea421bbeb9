using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;

namespace PreCoder.Cli.Commands.Llm;

[Description("Translate imported non-English segments to English with the study's language model (Llm settings), segment by segment.")]
public sealed class TranslateCommand : StudyCommand<TranslateSettings>
{
    protected override async Task<int> RunAsync(Session session, TranslateSettings settings, CancellationToken cancellationToken)
    {
        var outcome = await Translating.RunAsync(session, settings.Interviews, line => Console.Error.WriteLine(line), cancellationToken);
        foreach (var failure in outcome.Failed)
        {
            Console.Error.WriteLine($"error: {failure}");
        }
        Console.Error.WriteLine(outcome.Usage);
        var text = $"{outcome.Translated} segment(s) of {outcome.Interviews} interview(s) translated by {outcome.Source}, {outcome.Failed.Count} failed";
        session.Output.Result(new { outcome.Interviews, outcome.Translated, Failed = outcome.Failed.Count, outcome.Source }, text);
        return outcome.Failed.Count > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
