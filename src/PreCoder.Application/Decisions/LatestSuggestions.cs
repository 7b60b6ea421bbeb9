using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Decisions;

/// <summary>The interview-level suggestions a coder answers: per variable, the most recent one of any classifier.</summary>
public static class LatestSuggestions
{
    public static async Task<Dictionary<string, Suggestion>> ForInterviewAsync(StudyDbContext db, string interviewId, CancellationToken cancellationToken) =>
        (await db.Suggestions.AsNoTracking().Where(s => s.InterviewId == interviewId && s.PassageId == null).ToListAsync(cancellationToken))
            .GroupBy(s => s.VariableId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).First(), StringComparer.Ordinal);
}
