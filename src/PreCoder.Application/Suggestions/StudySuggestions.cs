using Microsoft.EntityFrameworkCore;

namespace PreCoder.Application.Suggestions;

/// <summary>Every stored suggestion (or one classifier's), ordered by interview, passage, variable in codebook order and classifier.</summary>
public static class StudySuggestions
{
    public static async Task<SuggestionsExport> ListAsync(StudySession session, string? classifier, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var rows = await db.Suggestions.AsNoTracking().ToListAsync(cancellationToken);
        var order = codebook.Codebook.Variables.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var suggestions = rows
            .Where(s => classifier is null || s.Classifier.Equals(classifier, StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.InterviewId, StringComparer.Ordinal).ThenBy(s => s.PassageId ?? "", StringComparer.Ordinal)
            .ThenBy(s => order.GetValueOrDefault(s.VariableId, int.MaxValue)).ThenBy(s => s.Classifier, StringComparer.Ordinal)
            .ToArray();
        return new SuggestionsExport(codebook, suggestions);
    }
}
