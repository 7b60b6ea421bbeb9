using System.Data.Common;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Reading;

/// <summary>The <c>Suggestions</c> table's columns, read into a <see cref="Suggestion"/> as EF Core maps them.</summary>
internal static class SuggestionRows
{
    public const string Columns =
        "\"Id\", \"InterviewId\", \"PassageId\", \"VariableId\", \"CodebookVersion\", \"CoderId\", \"Classifier\", \"ModelVersion\", "
        + "\"Value\", \"Confidence\", \"Evidence\", \"Rationale\", \"CreatedAt\"";

    /// <summary>A row selected with <see cref="Columns"/>, in that order.</summary>
    public static Suggestion Read(DbDataReader row) => new()
    {
        Id = row.GetInt64(0),
        InterviewId = row.GetString(1),
        PassageId = row.GetStringOrNull(2),
        VariableId = row.GetString(3),
        CodebookVersion = row.GetInt32(4),
        CoderId = row.GetString(5),
        Classifier = row.GetString(6),
        ModelVersion = row.GetString(7),
        Value = row.GetDoubleOrNull(8),
        Confidence = row.GetDouble(9),
        Evidence = JsonColumn.ReadList<EvidenceQuote>(row.GetString(10)),
        Rationale = row.GetStringOrNull(11),
        CreatedAt = row.GetFieldValue<DateTimeOffset>(12),
    };
}
