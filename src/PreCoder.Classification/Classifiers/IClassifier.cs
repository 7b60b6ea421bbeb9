using PreCoder.Core.Suggestions;

namespace PreCoder.Classification.Classifiers;

/// <summary>
/// A machine coder: proposes a code with verbatim evidence for every variable it can score. The embedded zero-shot, the
/// trained and the LLM classifiers all implement it, so <c>evaluate</c> compares them the same way.
/// </summary>
public interface IClassifier
{
    /// <summary>embedded, trained or llm: the machine coder is <c>machine:{Name}</c>.</summary>
    string Name { get; }

    /// <summary>Encoder and rule version, trained-model id, or LLM model and prompt version.</summary>
    string ModelVersion { get; }

    /// <summary>Interview-level suggestions for every scorable variable, plus passage-level ones for passage-level variables.</summary>
    Task<IReadOnlyList<Suggestion>> ClassifyAsync(InterviewCase interview, CancellationToken cancellationToken);
}
