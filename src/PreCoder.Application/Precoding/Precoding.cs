using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Classifiers;
using PreCoder.Core.Suggestions;

namespace PreCoder.Application.Precoding;

/// <summary>Pre-codes one interview with a classifier and stores the result: the work shared by <c>precode</c> and the precode stage.</summary>
public static class Precoding
{
    public static async Task<IReadOnlyList<Suggestion>> RunAsync(StudySession session, IClassifier classifier, int codebookVersion, string interviewId, CancellationToken cancellationToken)
    {
        InterviewCase interview;
        await using (var db = session.CreateDb())
        {
            var passages = await db.Passages.AsNoTracking().Where(p => p.InterviewId == interviewId).OrderBy(p => p.Index).ToListAsync(cancellationToken);
            var attributes = (await db.Interviews.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interviewId, cancellationToken))?.Attributes;
            interview = new InterviewCase(interviewId, passages, codebookVersion, attributes);
        }
        var suggestions = await classifier.ClassifyAsync(interview, cancellationToken);
        await SuggestionWriter.ReplaceAsync(session, interviewId, classifier.Name, classifier.ModelVersion, suggestions, cancellationToken);
        return suggestions;
    }
}
