namespace PreCoder.Application.Sheets;

/// <summary>The columns of a coding sheet. The coder fills the last three; the others are checked on import.</summary>
public static class SheetColumns
{
    public const string Interview = "interview";
    public const string Category = "category";
    public const string Variable = "variable";
    public const string Label = "label";
    public const string Scale = "scale";
    public const string Suggestion = "suggestion";
    public const string Confidence = "confidence";
    public const string Evidence = "evidence";
    public const string SuggestionId = "suggestion_id";
    public const string Score = "score";
    public const string MissingReason = "missing_reason";
    public const string Note = "note";

    public static IReadOnlyList<string> All { get; } =
        [Interview, Category, Variable, Label, Scale, Suggestion, Confidence, Evidence, SuggestionId, Score, MissingReason, Note];

    /// <summary>Separates evidence quotes in one cell.</summary>
    public const string QuoteSeparator = " | ";
}
