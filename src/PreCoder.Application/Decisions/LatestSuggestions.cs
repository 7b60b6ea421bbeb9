using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Decisions;

/// <summary>The interview-level suggestions a coder answers: per variable, the most recent one of any classifier.</summary>
public static class LatestSuggestions
{
    /// <param name="variableId">One variable only, or null for all.</param>
    public static async Task<Dictionary<string, Suggestion>> ForInterviewAsync(StudyDbContext db, string interviewId, CancellationToken cancellationToken, string? variableId = null) =>
        (await db.Suggestions.AsNoTracking()
            .Where(s => s.InterviewId == interviewId && s.PassageId == null && (variableId == null || s.VariableId == variableId))
            .ToListAsync(cancellationToken))
            .GroupBy(s => s.VariableId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).First(), StringComparer.Ordinal);
}
