using System.ComponentModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Selection;
using PreCoder.Classification.Trained;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Store.Coding;

namespace PreCoder.Cli.Commands.Classification;

[Description("Which uncoded interviews to code next so the model learns most: the ones it is least sure about, spread over the study.")]
public sealed class NextCommand : StudyCommand<NextSettings>
{
    protected override async Task<int> RunAsync(StudySession session, NextSettings settings, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var passages = await ClassifierFactory.StudyPassagesAsync(session, cancellationToken);
        if (passages.Count == 0)
        {
            throw new UnavailableException("the study has no transcripts yet; import some with 'precoder ingest'");
        }
        var attributes = await db.Interviews.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Attributes, cancellationToken);
        var cases = passages.GroupBy(p => p.InterviewId).Select(g => new InterviewCase(g.Key, g.ToArray(), codebook.Version, attributes.GetValueOrDefault(g.Key))).ToArray();
        var codes = await CodeQueries.CurrentCodesAsync(db, c => c == settings.Coder, cancellationToken);
        var codedIds = codes.Select(c => c.InterviewId).ToHashSet(StringComparer.Ordinal);
        var coded = cases.Where(c => codedIds.Contains(c.InterviewId)).ToArray();
        var uncoded = cases.Where(c => !codedIds.Contains(c.InterviewId)).ToArray();
        if (uncoded.Length == 0)
        {
            Output.Result(Array.Empty<NextInterview>(), $"{settings.Coder} has coded every interview of the study.");
            return 0;
        }
        var embedded = await ClassifierFactory.CreateEmbeddedAsync(session, codebook, passages, calibrated: false, cancellationToken);
        TrainedClassifier? model = null;
        if (coded.Length >= 2)
        {
            try
            {
                model = TrainedClassifierTrainer.Train(embedded, coded, codes, settings.Coder, session.Configuration.Bind<TrainerOptions>(TrainerOptions.Section), cancellationToken: cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine($"no model yet ({ex.Message}); choosing by diversity alone");
            }
        }
        var next = CodingQueue.Rank(embedded, model, uncoded, coded, settings.Count, cancellationToken);
        var lines = new List<string>
        {
            $"Code next ({settings.Coder} has coded {coded.Length} of {cases.Length} interviews; {(model is null ? "no model yet, so by diversity alone" : $"model trained on those {coded.Length}")}):",
        };
        lines.AddRange(next.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Rank,3}. {n.InterviewId}: {n.Reason}")));
        Output.Result(next, string.Join(Environment.NewLine, lines));
        return 0;
    }
}
