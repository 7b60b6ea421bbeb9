using PreCoder.Core.Suggestions;
using PreCoder.Store.Coding;
using PreCoder.Store.Persistence;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Decisions;

/// <summary>
/// The interview-level suggestion a coder answers for each variable: the most recent one of any classifier, so
/// re-running pre-coding with a better model replaces what coders see.
/// </summary>
public static class LatestSuggestions
{
    /// <param name="variableId">One variable only (re-reading a row after a decision), or null for all.</param>
    public static async Task<Dictionary<string, Suggestion>> ForInterviewAsync(StudyDbContext db, string interviewId, CancellationToken cancellationToken, string? variableId = null)
    {
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        return await ForInterviewAsync(reader, interviewId, cancellationToken, variableId);
    }

    /// <param name="variableId">One variable only (re-reading a row after a decision), or null for all.</param>
    public static async Task<Dictionary<string, Suggestion>> ForInterviewAsync(StudyReader reader, string interviewId, CancellationToken cancellationToken, string? variableId = null) =>
        (await SuggestionQueries.ForInterviewAsync(reader, interviewId, variableId, cancellationToken))
            .GroupBy(s => s.VariableId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).First(), StringComparer.Ordinal);
}
