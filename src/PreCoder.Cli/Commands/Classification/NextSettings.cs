using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Classification;

public sealed class NextSettings : CommonSettings
{
    [CommandOption("--coder <NAME>")]
    [Description("The coder who will code the interviews (required); the model is trained on their codes so far.")]
    public string Coder { get; init; } = "";

    [CommandOption("--count <K>")]
    [Description("How many interviews to propose (default 5).")]
    public int Count { get; init; } = 5;

    public override Spectre.Console.ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Coder) ? Spectre.Console.ValidationResult.Error("--coder NAME is required")
        : Count < 1 ? Spectre.Console.ValidationResult.Error("--count must be at least 1")
        : Spectre.Console.ValidationResult.Success();
}
