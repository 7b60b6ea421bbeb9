using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PreCoder.Application.Evaluation;

/// <summary>The options of the <c>evaluate</c> stage.</summary>
public sealed record EvaluateStageOptions : IValidatableObject
{
    /// <summary>The coder the classifier is compared with. Required.</summary>
    [Required(ErrorMessage = "required (the coder to compare with)")]
    public string? Coder { get; init; }

    /// <summary>The classifier to cross-validate. The default value is <c>embedded</c>.</summary>
    [OneOf(ClassifierFactory.Embedded, ClassifierFactory.Trained, LlmClassifierFactory.Name)]
    public string Classifier { get; init; } = ClassifierFactory.Embedded;

    /// <summary>Folds by interview. The default value is 5.</summary>
    [Range(2, 100, ErrorMessage = "must be between {1} and {2}")]
    public int Folds { get; init; } = 5;

    /// <summary>Comma-separated numbers of coded interviews to train on: a learning curve of the trained classifier instead of a comparison.</summary>
    public string? LearningCurve { get; init; }

    /// <summary>The learning curve's sizes; empty for a comparison.</summary>
    public IReadOnlyList<int> Sizes() => string.IsNullOrWhiteSpace(LearningCurve)
        ? []
        : LearningCurve.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var parts = LearningCurve?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1))
        {
            yield return new ValidationResult($"'{LearningCurve}' is not a comma-separated list of positive whole numbers", [nameof(LearningCurve)]);
        }
    }
}
