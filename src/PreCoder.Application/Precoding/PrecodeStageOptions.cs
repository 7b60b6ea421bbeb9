namespace PreCoder.Application.Precoding;

/// <summary>The options of the <c>precode</c> stage.</summary>
public sealed record PrecodeStageOptions
{
    /// <summary>Who proposes the codes. The default value is <c>embedded</c> (offline, zero-shot).</summary>
    [OneOf(ClassifierFactory.Embedded, ClassifierFactory.Trained, LlmClassifierFactory.Name)]
    public string Classifier { get; init; } = ClassifierFactory.Embedded;

    /// <summary>For the trained classifier: a model file or name in the study's models folder. The default value is the latest.</summary>
    public string? Model { get; init; }

    /// <summary>Comma-separated interviews to pre-code. The default value is every interview with passages.</summary>
    public string? Interviews { get; init; }
}
