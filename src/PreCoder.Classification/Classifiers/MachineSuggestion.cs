using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;

namespace PreCoder.Classification.Classifiers;

/// <summary>A suggestion stamped with the classifier that made it: its machine coder id, name and model version.</summary>
public static class MachineSuggestion
{
    /// <param name="value">The proposed score; null proposes missing.</param>
    public static Suggestion Create(
        IClassifier classifier,
        InterviewCase interview,
        string? passageId,
        string variableId,
        double? value,
        double confidence,
        IReadOnlyList<EvidenceQuote> evidence,
        string rationale,
        DateTimeOffset now) => new()
    {
        InterviewId = interview.InterviewId,
        PassageId = passageId,
        VariableId = variableId,
        CodebookVersion = interview.CodebookVersion,
        CoderId = Coder.Machine(classifier.Name, classifier.ModelVersion).Id,
        Classifier = classifier.Name,
        ModelVersion = classifier.ModelVersion,
        Value = value,
        Confidence = confidence,
        Evidence = evidence,
        Rationale = rationale,
        CreatedAt = now,
    };
}
