using PreCoder.Core.Coding;
using PreCoder.Store.Reading;

namespace PreCoder.Store.Coding;

/// <summary>Decisions from the trail, as the review reads a coder's work on an interview.</summary>
public static class DecisionQueries
{
    /// <summary>One coder's interview-level decisions on an interview, of one variable or all, in the order they were made.</summary>
    public static Task<List<CodeDecision>> ForInterviewAsync(StudyReader reader, string coderId, string interviewId, string? variableId, CancellationToken cancellationToken) =>
        variableId is null
            ? reader.ListAsync($"SELECT {DecisionRows.Columns} FROM \"Decisions\" WHERE \"CoderId\" = @p0 AND \"InterviewId\" = @p1 AND \"PassageId\" IS NULL ORDER BY \"Id\"", DecisionRows.Read, cancellationToken, coderId, interviewId)
            : reader.ListAsync($"SELECT {DecisionRows.Columns} FROM \"Decisions\" WHERE \"CoderId\" = @p0 AND \"InterviewId\" = @p1 AND \"PassageId\" IS NULL AND \"VariableId\" = @p2 ORDER BY \"Id\"", DecisionRows.Read, cancellationToken, coderId, interviewId, variableId);
}
