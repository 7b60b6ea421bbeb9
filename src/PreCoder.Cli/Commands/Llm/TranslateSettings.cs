using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Llm;

public sealed class TranslateSettings : CommonSettings
{
    [CommandOption("--interview <ID>")]
    [Description("Translate this interview only (repeatable; default: every interview with untranslated non-English segments).")]
    public string[] Interviews { get; init; } = [];
}
