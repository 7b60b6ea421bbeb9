using System.ComponentModel;
using System.Globalization;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Classification;

public sealed class EvaluateSettings : CommonSettings
{
    [CommandOption("--coder <NAME>")]
    [Description("The coder whose codes the machine is compared with (required).")]
    public string Coder { get; init; } = "";

    [CommandOption("--classifier <NAME>")]
    [Description("embedded (default), trained (retrained on each fold's other interviews) or llm (the Llm settings). The coder's base rate and zero-shot are always shown beside it.")]
    public string Classifier { get; init; } = ClassifierFactory.Embedded;

    [CommandOption("--folds <K>")]
    [Description("Folds by interview (default 5).")]
    public int Folds { get; init; } = 5;

    [CommandOption("--learning-curve <SIZES>")]
    [Description("Comma-separated numbers of coded interviews to train on (e.g. 10,20,40,80): cross-validated agreement at each size, for the trained classifier.")]
    public string? LearningCurve { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("md (default), csv, json or html (with the reliability diagram or the learning-curve plot).")]
    public string Format { get; init; } = "md";

    [CommandOption("--out <FILE>")]
    [Description("Write the report to FILE instead of standard output.")]
    public string? Out { get; init; }

    [CommandOption("--pairs")]
    [Description("With --json or --format json, include every held-out (interview, variable) comparison.")]
    public bool Pairs { get; init; }

    /// <summary>The learning-curve sizes; empty when none were asked for.</summary>
    public IReadOnlyList<int> Sizes => string.IsNullOrWhiteSpace(LearningCurve)
        ? []
        : LearningCurve.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    public override Spectre.Console.ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Coder))
        {
            return Spectre.Console.ValidationResult.Error("--coder NAME is required");
        }
        if (Folds < 2)
        {
            return Spectre.Console.ValidationResult.Error("--folds must be at least 2");
        }
        if (Format.ToLowerInvariant() is not ("md" or "csv" or "json" or "html"))
        {
            return Spectre.Console.ValidationResult.Error($"--format '{Format}' is not supported (md|csv|json|html)");
        }
        if (!string.IsNullOrWhiteSpace(LearningCurve) && LearningCurve.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Any(s => !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 2))
        {
            return Spectre.Console.ValidationResult.Error($"--learning-curve '{LearningCurve}' must be comma-separated whole numbers of at least 2, e.g. 10,20,40");
        }
        return Spectre.Console.ValidationResult.Success();
    }
}
