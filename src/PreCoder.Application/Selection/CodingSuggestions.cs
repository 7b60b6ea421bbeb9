using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Selection;
using PreCoder.Classification.Trained;
using PreCoder.Core.Errors;
using PreCoder.Store.Coding;

namespace PreCoder.Application.Selection;

/// <summary>
/// Active learning: the uncoded interviews the model is least sure about, spread over the study. With fewer than
/// two coded interviews (or when no model can be trained) the choice is by diversity alone.
/// </summary>
public static class CodingSuggestions
{
    public static async Task<NextResult> NextAsync(StudySession session, NextRequest request, IProgress<string>? notes, CancellationToken cancellationToken)
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
        var codes = await CodeQueries.CurrentCodesAsync(db, c => c == request.Coder, cancellationToken);
        var codedIds = codes.Select(c => c.InterviewId).ToHashSet(StringComparer.Ordinal);
        var coded = cases.Where(c => codedIds.Contains(c.InterviewId)).ToArray();
        var uncoded = cases.Where(c => !codedIds.Contains(c.InterviewId)).ToArray();
        if (uncoded.Length == 0)
        {
            return new NextResult([], coded.Length, cases.Length, ModelTrained: false);
        }
        var embedded = await ClassifierFactory.CreateEmbeddedAsync(session, codebook, passages, calibrated: false, cancellationToken);
        TrainedClassifier? model = null;
        if (coded.Length >= 2)
        {
            try
            {
                model = TrainedClassifierTrainer.Train(embedded, coded, codes, request.Coder, session.Configuration.Bind<TrainerOptions>(TrainerOptions.Section), session.Time, cancellationToken: cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                notes?.Report($"no model yet ({ex.Message}); choosing by diversity alone");
            }
        }
        var next = CodingQueue.Rank(embedded, model, uncoded, coded, request.Count, cancellationToken);
        return new NextResult(next, coded.Length, cases.Length, model is not null);
    }
}
