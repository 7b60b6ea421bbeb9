using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Core.Suggestions;

namespace PreCoder.Cli.Commands.Classification;

[Description("Propose a score with verbatim evidence for every interview and variable (offline by default).")]
public sealed class PrecodeCommand : StudyCommand<PrecodeSettings>
{
    protected override async Task<int> RunAsync(StudySession session, PrecodeSettings settings, CancellationToken cancellationToken)
    {
        StudyCodebook codebook;
        await using (var db = session.CreateDb())
        {
            codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        }
        var passages = await ClassifierFactory.StudyPassagesAsync(session, cancellationToken);
        if (passages.Count == 0)
        {
            throw new UnavailableException("the study has no passages yet; ingest transcripts first ('precoder ingest DIR')");
        }
        var all = passages.Select(p => p.InterviewId).Distinct(StringComparer.Ordinal).ToArray();
        var unknown = settings.Interviews.Where(i => !all.Contains(i, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InputException("--interview", null, $"no passages for interview(s) {string.Join(", ", unknown)}");
        }
        var targets = settings.Interviews.Length > 0 ? settings.Interviews : all;
        var classifier = await ClassifierFactory.CreateAsync(session, settings.Classifier, codebook, passages, settings.Model, cancellationToken);
        var suggestions = new List<Suggestion>();
        for (var i = 0; i < targets.Length; i++)
        {
            var made = await Precoding.RunAsync(session, classifier, codebook.Version, targets[i], cancellationToken);
            suggestions.AddRange(made);
            Console.Error.WriteLine($"[{i + 1}/{targets.Length}] {targets[i]}: {made.Count} suggestions, {made.Count(s => s.Value > 0)} present");
        }
        var summary = PrecodeSummary.Of(classifier.Name, classifier.ModelVersion, targets.Length, suggestions, codebook.Codebook);
        Output.Result(summary, summary.ToText());
        if (classifier is PreCoder.Llm.Coding.LlmClassifier { Usage: { } usage })
        {
            Console.Error.WriteLine(usage.ToText());
        }
        return 0;
    }
}
