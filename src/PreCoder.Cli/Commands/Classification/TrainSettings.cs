using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Classification;

public sealed class TrainSettings : CommonSettings
{
    [CommandOption("--coder <NAME>")]
    [Description("Learn from this coder's current codes and cited evidence (required).")]
    public string Coder { get; init; } = "";

    [CommandOption("--folds <K>")]
    [Description("Cross-validate with K folds by interview before training on everything, for the model's recorded scores and calibration (default 5; 0 skips).")]
    public int Folds { get; init; } = 5;

    public override Spectre.Console.ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Coder) ? Spectre.Console.ValidationResult.Error("--coder NAME is required")
        : Folds is < 0 or 1 ? Spectre.Console.ValidationResult.Error("--folds must be 0 (no cross-validation) or at least 2")
        : Spectre.Console.ValidationResult.Success();
}
