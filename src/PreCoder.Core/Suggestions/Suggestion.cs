using PreCoder.Core.Coding;

namespace PreCoder.Core.Suggestions;

/// <summary>A machine coder's proposed code with its evidence. Shown to a coder only when every quote is verbatim.</summary>
public sealed class Suggestion
{
    public long Id { get; init; }

    public required string InterviewId { get; init; }

    /// <summary>Null for interview-level suggestions.</summary>
    public string? PassageId { get; init; }

    public required string VariableId { get; init; }

    public required int CodebookVersion { get; init; }

    /// <summary>The machine coder's id, e.g. <c>machine:embedded</c>.</summary>
    public required string CoderId { get; init; }

    /// <summary>Classifier name (embedded, trained, llm).</summary>
    public required string Classifier { get; init; }

    /// <summary>Model version: encoder name and hash, trained-model id, or LLM model and prompt version.</summary>
    public required string ModelVersion { get; init; }

    public double? Value { get; init; }

    /// <summary>Calibrated probability, 0..1, that a coder would keep this score.</summary>
    public double Confidence { get; init; }

    public IReadOnlyList<EvidenceQuote> Evidence { get; init; } = [];

    /// <summary>A short readable account of why this score (which cues, how often, whether given as a reason).</summary>
    public string? Rationale { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public Score Score => new(Value);
}
