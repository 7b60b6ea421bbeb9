using PreCoder.Core.Suggestions;
using PreCoder.Store.Reading;

namespace PreCoder.Store.Coding;

/// <summary>Stored suggestions, as the review and the reports read them.</summary>
public static class SuggestionQueries
{
    /// <summary>An interview's interview-level suggestions (every classifier's), of one variable or all.</summary>
    public static Task<List<Suggestion>> ForInterviewAsync(StudyReader reader, string interviewId, string? variableId, CancellationToken cancellationToken) =>
        variableId is null
            ? reader.ListAsync($"SELECT {SuggestionRows.Columns} FROM \"Suggestions\" WHERE \"InterviewId\" = @p0 AND \"PassageId\" IS NULL", SuggestionRows.Read, cancellationToken, interviewId)
            : reader.ListAsync($"SELECT {SuggestionRows.Columns} FROM \"Suggestions\" WHERE \"InterviewId\" = @p0 AND \"PassageId\" IS NULL AND \"VariableId\" = @p1", SuggestionRows.Read, cancellationToken, interviewId, variableId);

    /// <summary>Every suggestion of the named coders (all coders' when null).</summary>
    public static Task<List<Suggestion>> OfCodersAsync(StudyReader reader, IReadOnlyCollection<string>? coderIds, CancellationToken cancellationToken) =>
        coderIds switch
        {
            null => reader.ListAsync($"SELECT {SuggestionRows.Columns} FROM \"Suggestions\"", SuggestionRows.Read, cancellationToken),
            { Count: 0 } => Task.FromResult(new List<Suggestion>()),
            _ => reader.ListAsync($"SELECT {SuggestionRows.Columns} FROM \"Suggestions\" WHERE \"CoderId\" IN ({StudyReader.Placeholders(0, coderIds.Count)})", SuggestionRows.Read, cancellationToken, [.. coderIds]),
        };
}
