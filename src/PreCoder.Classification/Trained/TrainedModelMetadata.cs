namespace PreCoder.Classification.Trained;

/// <summary>
/// The JSON saved next to a trained model's zip: what it was trained on and how well it did, plus the learned pieces
/// that are not part of the ML.NET pipeline (evidence centroids, priors, calibration).
/// </summary>
public sealed record TrainedModelMetadata
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The model's id, used as its model version: <c>trained-{coder}-{yyyyMMddHHmmss}</c>.</summary>
    public required string Id { get; init; }

    public required string Coder { get; init; }

    public required string CodebookId { get; init; }

    public required int CodebookVersion { get; init; }

    /// <summary>The passage encoder the features were computed with; the model only works with the same one.</summary>
    public required string Encoder { get; init; }

    public required int TrainingInterviews { get; init; }

    public required int TrainingPairs { get; init; }

    public required DateTimeOffset TrainedAt { get; init; }

    public required int Seed { get; init; }

    public required IReadOnlyList<string> FeatureNames { get; init; }

    public required IReadOnlyDictionary<string, EvidenceCentroid> Centroids { get; init; }

    public required IReadOnlyDictionary<string, VariablePrior> Priors { get; init; }

    public CrossValidatedScores? CrossValidation { get; init; }

    public double[]? CalibrationRaw { get; init; }

    public double[]? CalibrationValues { get; init; }

    /// <summary>False when the coder gave no interview-level scores (a study coded at the segment level only): no main zip then.</summary>
    public bool InterviewModel { get; init; } = true;

    /// <summary>Passage-level variables learned from the coder's passage codes, each in its own zip next to the main one.</summary>
    public IReadOnlyList<PassageModelInfo> PassageModels { get; init; } = [];
}
