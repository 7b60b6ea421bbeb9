using PreCoder.Classification.Learning;

namespace PreCoder.Classification.Trained;

/// <summary>What one variable learned, as the model's metadata shows it.</summary>
public sealed record VariableSummary(
    string VariableId,
    VariableModelKind Kind,
    SentenceSource Sentences,
    FeatureSet Features,
    int Interviews,
    int QuotedSentences,
    int MissingCodes,
    bool LearnsMissing,
    bool ZeroShotMeasuredBetter = false)
{
    public static VariableSummary Of(VariableModel m) =>
        new(m.VariableId, m.Kind, m.Sentences, m.Features, m.Interviews, m.QuotedSentences, m.MissingCodes, m.Missing is not null, m.ZeroShotAgreement is not null);
}
