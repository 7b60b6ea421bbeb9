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

    // Nothing was weighed, so nothing is uncertain: the transcript either has such passages or it does not.
    public static Suggestion Create(IClassifier classifier, InterviewCase interview, Variable variable, DateTimeOffset now) =>
        MachineSuggestion.Create(classifier, interview, null, variable.Id, null, confidence: 1, [], Rationale, now);
}
