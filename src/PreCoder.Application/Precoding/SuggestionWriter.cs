using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Coding;

namespace PreCoder.Application.Precoding;

/// <summary>
/// Stores a classifier's suggestions for one interview, replacing that classifier's previous ones in one transaction.
/// Suggestions are the machine coder's codes: they are not copied into the Decisions trail (codes export --coder machine
/// reads them from here), so the trail holds what people did, including accepting or rejecting a suggestion.
/// </summary>
public static class SuggestionWriter
{
    public static async Task ReplaceAsync(StudySession session, string interviewId, string classifier, string modelVersion, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await CoderRegistry.EnsureAsync(db, Coder.Machine(classifier, modelVersion), cancellationToken);
        var id = Coder.Machine(classifier, modelVersion).Id;
        var row = db.Coders.Local.FirstOrDefault(c => c.Id == id) ?? await db.Coders.FirstAsync(c => c.Id == id, cancellationToken);
        row.ModelVersion = modelVersion;
        await db.Suggestions.Where(s => s.InterviewId == interviewId && s.Classifier == classifier).ExecuteDeleteAsync(cancellationToken);
        db.Suggestions.AddRange(suggestions);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }
}
