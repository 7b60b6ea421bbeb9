using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;

namespace PreCoder.Cli.Commands.Llm;

[Description("Translate imported non-English segments to English with the study's language model (Llm settings), segment by segment.")]
public sealed class TranslateCommand : StudyCommand<TranslateSettings>
{
    protected override async Task<int> RunAsync(StudySession session, TranslateSettings settings, CancellationToken cancellationToken)
    {
        var outcome = await StudyTranslation.TranslateAsync(session, settings.Interviews, ConsoleNotes.Instance, cancellationToken);
        Output.Result(outcome, $"{outcome.Translated} segment(s) of {outcome.Interviews} interview(s) translated by {outcome.Source}, {outcome.Failed.Count} failed");
        return outcome.Failed.Count > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
