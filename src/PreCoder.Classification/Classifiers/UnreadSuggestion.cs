using PreCoder.Core.Codebooks;
using PreCoder.Core.Suggestions;

namespace PreCoder.Classification.Classifiers;

/// <summary>
/// The suggestion for a variable the interview gives nothing to read for: missing, with no quotes. A coder then sees
/// why the machine has no score instead of finding the variable silently skipped, and agreement leaves the pair out
/// as missing data rather than counting a 0.
/// </summary>
public static class UnreadSuggestion
{
    public const string Rationale = "missing: the interview has no passage of the speaker this variable is coded from";

    public static Suggestion Create(InterviewCase interview, Variable variable, string coderId, string classifier, string modelVersion, DateTimeOffset now) => new()
    {
        InterviewId = interview.InterviewId,
        VariableId = variable.Id,
        CodebookVersion = interview.CodebookVersion,
        CoderId = coderId,
        Classifier = classifier,
        ModelVersion = modelVersion,
        Value = null,
        // Nothing was weighed, so nothing is uncertain: the transcript either has such passages or it does not.
        Confidence = 1,
        Evidence = [],
        Rationale = Rationale,
        CreatedAt = now,
    };
}
