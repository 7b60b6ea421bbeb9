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
        PassageId = row.IsDBNull(2) ? null : row.GetString(2),
        VariableId = row.GetString(3),
        CodebookVersion = row.GetInt32(4),
        CoderId = row.GetString(5),
        Action = StoredActions.Parse(row.GetString(6)),
        Value = row.IsDBNull(7) ? null : row.GetDouble(7),
        MissingReason = row.IsDBNull(8) ? null : row.GetString(8),
        SuggestionId = row.IsDBNull(9) ? null : row.GetInt64(9),
        SuggestionModelVersion = row.IsDBNull(10) ? null : row.GetString(10),
        PreviousValue = row.IsDBNull(11) ? null : row.GetDouble(11),
        PreviousMissingReason = row.IsDBNull(12) ? null : row.GetString(12),
        Evidence = JsonColumn.ReadList<EvidenceQuote>(row.GetString(13)),
        Note = row.IsDBNull(14) ? null : row.GetString(14),
        Source = row.IsDBNull(15) ? null : row.GetString(15),
        At = row.GetFieldValue<DateTimeOffset>(16),
    };
}
