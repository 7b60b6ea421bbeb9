using PreCoder.Classification.Classifiers;
using PreCoder.Core.Suggestions;

namespace PreCoder.Llm.Tests.Support;

/// <summary>A stand-in for the embedded classifier: proposes 1 with no quotes for every variable, so a fallback is recognisable.</summary>
public sealed class FixedClassifier(IEnumerable<string> variables) : IClassifier
{
    public const string Rationale = "fixed rule";

    public string Name => "embedded";

    public string ModelVersion => "fixed";

    public Task<IReadOnlyList<Suggestion>> ClassifyAsync(InterviewCase interview, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Suggestion>>(variables.Select(v => MachineSuggestion.Create(this, interview, null, v, 1, 0.9, [], Rationale, DateTimeOffset.UnixEpoch)).ToArray());
}
