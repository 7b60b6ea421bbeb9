namespace PreCoder.Application.Sheets;

/// <summary>One interview and variable on a coder's sheet: the machine's suggestion beside the coder's current code.</summary>
public sealed record CodingSheetRow(
    string InterviewId,
    string Category,
    string VariableId,
    string Label,
    string Scale,
    IReadOnlyList<string> ScaleValues,
    string Suggestion,
    string Confidence,
    string Evidence,
    string SuggestionId,
    string Score,
    string MissingReason,
    string Note)
{
    public IReadOnlyList<string> Cells() =>
        [InterviewId, Category, VariableId, Label, Scale, Suggestion, Confidence, Evidence, SuggestionId, Score, MissingReason, Note];
}
