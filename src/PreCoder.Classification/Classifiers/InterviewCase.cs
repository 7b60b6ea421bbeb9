using PreCoder.Core.Passages;

namespace PreCoder.Classification.Classifiers;

/// <summary>What a classifier is given for one interview: its passages in order (all speakers) and its attributes.</summary>
public sealed record InterviewCase(
    string InterviewId,
    IReadOnlyList<Passage> Passages,
    int CodebookVersion,
    IReadOnlyDictionary<string, string>? Attributes = null);
