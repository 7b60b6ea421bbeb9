using PreCoder.Classification.Classifiers;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Passages;
using PreCoder.Llm.Coding;

namespace PreCoder.Cli.Commands.Llm;

/// <summary>
/// <c>--classifier llm</c>: the language model, with the embedded classifier as the fallback for every variable the
/// model does not code or whose answer fails verification.
/// </summary>
public static class LlmClassifierFactory
{
    public const string Name = LlmClassifier.ClassifierName;

    /// <param name="fallback">The embedded classifier, already built over the study.</param>
    public static LlmClassifier Create(Session session, StudyCodebook codebook, IReadOnlyList<Passage> studyPassages, IClassifier fallback)
    {
        // The connection lives as long as the command: its HTTP client serves every interview.
        var connection = LlmSetup.Connect(session);
        var pseudonymiser = connection.PseudonymiserFor(
            studyPassages.SelectMany(p => new[] { p.Text, p.English ?? "" }),
            studyPassages.Select(p => p.Speaker).Distinct(StringComparer.Ordinal),
            LlmSetup.Vocabulary(codebook.Codebook));
        return new LlmClassifier(connection.Chat, codebook.Codebook, fallback, connection.Options, pseudonymiser, TimeProvider.System) { Usage = connection.Usage };
    }
}
