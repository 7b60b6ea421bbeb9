using System.ComponentModel.DataAnnotations;

namespace PreCoder.Application.Training;

/// <summary>The options of the <c>train</c> stage.</summary>
public sealed record TrainStageOptions
{
    /// <summary>Whose codes to learn from. Required.</summary>
    [Required(ErrorMessage = "required (whose codes to learn from)")]
    public string? Coder { get; init; }

    /// <summary>Cross-validation folds recorded with the model; 0 or 1 for none. The default value is 5.</summary>
    [Range(0, 100, ErrorMessage = "must be between {1} and {2}")]
    public int Folds { get; init; } = 5;
}
