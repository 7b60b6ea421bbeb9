using PreCoder.Classification.Classifiers;
using PreCoder.Core.Passages;
using PreCoder.Llm.Coding;

namespace PreCoder.Application.Translation;

/// <summary>
/// <c>--classifier llm</c>: the language model, with the embedded classifier as the fallback for every variable the
/// model does not code or whose answer fails verification.
/// </summary>
public static class LlmClassifierFactory
{
    public const string Name = LlmClassifier.ClassifierName;

    /// <summary>
    /// What makes the precode stage redo an interview for the LLM: the model, the endpoint and the prompt versions
    /// (a new model or prompt is new work; a rerun with the same ones is answered from the cache anyway).
    /// </summary>
    public static string StageVersion(StudySession session)
    {
        var options = session.Configuration.Bind<PreCoder.Llm.Configuration.LlmOptions>(PreCoder.Llm.Configuration.LlmOptions.Section);
        return $"{options.Endpoint}/{options.Model}/{new CategoryPrompt().Version}";
    }

    /// <param name="fallback">The embedded classifier, already built over the study.</param>
    /// <param name="connection">One opened before expensive work, to fail fast on settings; default: opened here.</param>
    public static LlmClassifier Create(StudySession session, StudyCodebook codebook, IReadOnlyList<Passage> studyPassages, IClassifier fallback, PreCoder.Llm.LlmConnection? connection = null)
    {
        // The connection lives as long as the command: its HTTP client serves every interview.
        connection ??= LlmSetup.Connect(session);
        var pseudonymiser = connection.PseudonymiserFor(
            studyPassages.SelectMany(p => new[] { p.Text, p.English ?? "" }),
            studyPassages.Select(p => p.Speaker).Distinct(StringComparer.Ordinal),
            LlmSetup.Vocabulary(codebook.Codebook));
        return new LlmClassifier(connection.Chat, codebook.Codebook, fallback, connection.Options, pseudonymiser, session.Time) { Usage = connection.Usage };
    }
}
