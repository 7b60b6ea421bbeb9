using System.ComponentModel;
using System.Globalization;
using PreCoder.Classification.Selection;
using PreCoder.Cli.Infrastructure;

namespace PreCoder.Cli.Commands.Classification;

[Description("Which uncoded interviews to code next so the model learns most: the ones it is least sure about, spread over the study.")]
public sealed class NextCommand : StudyCommand<NextSettings>
{
    protected override async Task<int> RunAsync(StudySession session, NextSettings settings, CancellationToken cancellationToken)
    {
        var (next, coded, interviews, modelTrained) = await CodingSuggestions.NextAsync(
            session, new NextRequest(settings.Coder, settings.Count), ConsoleNotes.Instance, cancellationToken);
        if (coded == interviews)
        {
            Output.Result(Array.Empty<NextInterview>(), $"{settings.Coder} has coded every interview of the study.");
            return 0;
        }
        var lines = new List<string>
        {
            $"Code next ({settings.Coder} has coded {coded} of {interviews} interviews; {(modelTrained ? $"model trained on those {coded}" : "no model yet, so by diversity alone")}):",
        };
        lines.AddRange(next.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Rank,3}. {n.InterviewId}: {n.Reason}")));
        Output.Result(next, string.Join(Environment.NewLine, lines));
        return 0;
    }
}
