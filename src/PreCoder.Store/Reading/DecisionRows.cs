using System.Data.Common;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Reading;

/// <summary>The <c>Decisions</c> table's columns, read into a <see cref="CodeDecision"/> as EF Core maps them.</summary>
internal static class DecisionRows
{
    public const string Columns =
        "\"Id\", \"InterviewId\", \"PassageId\", \"VariableId\", \"CodebookVersion\", \"CoderId\", \"Action\", \"Value\", \"MissingReason\", "
        + "\"SuggestionId\", \"SuggestionModelVersion\", \"PreviousValue\", \"PreviousMissingReason\", \"Evidence\", \"Note\", \"Source\", \"At\"";

    /// <summary>A row selected with <see cref="Columns"/>, in that order.</summary>
    public static CodeDecision Read(DbDataReader row) => new()
    {
        Id = row.GetInt64(0),
        InterviewId = row.GetString(1),
        PassageId = row.GetStringOrNull(2),
        VariableId = row.GetString(3),
        CodebookVersion = row.GetInt32(4),
        CoderId = row.GetString(5),
        Action = StoredActions.Parse(row.GetString(6)),
        Value = row.GetDoubleOrNull(7),
        MissingReason = row.GetStringOrNull(8),
        SuggestionId = row.GetInt64OrNull(9),
        SuggestionModelVersion = row.GetStringOrNull(10),
        PreviousValue = row.GetDoubleOrNull(11),
        PreviousMissingReason = row.GetStringOrNull(12),
        Evidence = JsonColumn.ReadList<EvidenceQuote>(row.GetString(13)),
        Note = row.GetStringOrNull(14),
        Source = row.GetStringOrNull(15),
        At = row.GetFieldValue<DateTimeOffset>(16),
    };
}
