using PreCoder.Core.Suggestions;

namespace PreCoder.Application.Suggestions;

/// <summary>The suggestions asked for in canonical order, with the codebook that formats their scores.</summary>
public sealed record SuggestionsExport(StudyCodebook Codebook, IReadOnlyList<Suggestion> Suggestions);
