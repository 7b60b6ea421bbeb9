using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Classification;

public sealed class PrecodeSettings : CommonSettings
{
    [CommandOption("--classifier <NAME>")]
    [Description("embedded (default: zero-shot from the codebook, offline), trained (the model from 'precoder train') or llm (the language model in the Llm settings).")]
    public string Classifier { get; init; } = ClassifierFactory.Embedded;

    [CommandOption("--interview <ID>")]
    [Description("Pre-code this interview only (repeatable; default: every interview).")]
    public string[] Interviews { get; init; } = [];

    [CommandOption("--model <NAME>")]
    [Description("For --classifier trained: a model file or name in the study's models folder (default: the latest).")]
    public string? Model { get; init; }
}
