using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;

namespace PreCoder.Cli.Commands.Llm;

[Description("Translate imported non-English segments to English with the study's language model (Llm settings), segment by segment.")]
public sealed class TranslateCommand : StudyCommand<TranslateSettings>
{
    protected override async Task<int> RunAsync(StudySession session, TranslateSettings settings, CancellationToken cancellationToken)
    {
        using var run = await Translating.OpenAsync(session, cancellationToken);
        var known = run.Segments.Select(s => s.InterviewId).ToHashSet(StringComparer.Ordinal);
        var unknown = settings.Interviews.Where(i => !known.Contains(i)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InputException("--interview", null, $"no segments for interview(s) {string.Join(", ", unknown)}");
        }
        var targets = run.Segments.Where(Translating.NeedsEnglish).Select(s => s.InterviewId)
            .Where(i => settings.Interviews.Length == 0 || settings.Interviews.Contains(i, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal).ToArray();
        var translated = 0;
        var failed = new List<string>();
        foreach (var interview in targets)
        {
            var (count, failures) = await run.InterviewAsync(session, interview, cancellationToken);
            translated += count;
            failed.AddRange(failures);
            Console.Error.WriteLine($"{interview}: {count} segment(s) translated{(failures.Count > 0 ? $", {failures.Count} failed" : "")}");
        }
        foreach (var failure in failed)
        {
            Console.Error.WriteLine($"error: {failure}");
        }
        Console.Error.WriteLine(run.Usage);
        var outcome = new TranslationOutcome(targets.Length, translated, failed, run.Source);
        Output.Result(outcome, $"{translated} segment(s) of {targets.Length} interview(s) translated by {run.Source}, {failed.Count} failed");
        return failed.Count > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
