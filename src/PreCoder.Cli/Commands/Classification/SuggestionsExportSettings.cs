using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Classification;

public sealed class SuggestionsExportSettings : CommonSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("csv (one row per evidence quote) or json (one object per suggestion with its quotes).")]
    public string Format { get; init; } = "csv";

    [CommandOption("--out <FILE>")]
    [Description("Write here instead of standard output.")]
    public string? Out { get; init; }

    [CommandOption("--classifier <NAME>")]
    [Description("Only this classifier's suggestions (default: all).")]
    public string? Classifier { get; init; }
}
