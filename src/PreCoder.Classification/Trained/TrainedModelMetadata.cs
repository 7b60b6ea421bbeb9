namespace PreCoder.Classification.Trained;

/// <summary>
/// The JSON saved next to a trained model's zip: what it was trained on, how well it did, and a summary of what each
/// variable learned. The learned weights themselves are in the zip.
/// </summary>
public sealed record TrainedModelMetadata
{
    /// <summary>2: per-variable sentence and score models (format 1 was one boosted-tree regression for all variables).</summary>
    public const int CurrentFormat = 2;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The model's id, used as its model version: <c>trained-{coder}-{yyyyMMddHHmmss}</c>.</summary>
    public required string Id { get; init; }

    public required string Coder { get; init; }

    public required string CodebookId { get; init; }

    public required int CodebookVersion { get; init; }

    /// <summary>The passage encoder the features were computed with; the model only works with the same one.</summary>
    public required string Encoder { get; init; }

    public required int TrainingInterviews { get; init; }

    /// <summary>Interview-level codes learned from (scores and missing).</summary>
    public required int TrainingPairs { get; init; }

    public required DateTimeOffset TrainedAt { get; init; }

    public required int Seed { get; init; }

    /// <summary>Per interview-level variable: how its score is proposed and from how much.</summary>
    public IReadOnlyList<VariableSummary> Variables { get; init; } = [];

    public CrossValidatedScores? CrossValidation { get; init; }

    public double[]? CalibrationRaw { get; init; }

    public double[]? CalibrationValues { get; init; }

    /// <summary>False when the coder gave no interview-level codes (a study coded at the segment level only): no main zip then.</summary>
    public bool InterviewModel { get; init; } = true;

    /// <summary>Passage-level variables learned from the coder's passage codes, each in its own zip next to the main one.</summary>
    public IReadOnlyList<PassageModelInfo> PassageModels { get; init; } = [];
}
