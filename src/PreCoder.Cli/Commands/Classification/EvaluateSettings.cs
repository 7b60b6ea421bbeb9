using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Classification;

public sealed class EvaluateSettings : CommonSettings
{
    [CommandOption("--coder <NAME>")]
    [Description("The coder whose codes the machine is compared with (required).")]
    public string Coder { get; init; } = "";

    [CommandOption("--classifier <NAME>")]
    [Description("embedded (default) or trained (retrained on each fold's other interviews).")]
    public string Classifier { get; init; } = ClassifierFactory.Embedded;

    [CommandOption("--folds <K>")]
    [Description("Folds by interview (default 5).")]
    public int Folds { get; init; } = 5;

    [CommandOption("--pairs")]
    [Description("With --json, include every held-out (interview, variable) comparison.")]
    public bool Pairs { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Coder) ? Spectre.Console.ValidationResult.Error("--coder NAME is required")
        : Folds < 2 ? Spectre.Console.ValidationResult.Error("--folds must be at least 2")
        : Spectre.Console.ValidationResult.Success();
}
