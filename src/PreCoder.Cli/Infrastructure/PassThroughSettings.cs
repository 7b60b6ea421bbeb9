using Spectre.Console.Cli;

namespace PreCoder.Cli.Infrastructure;

/// <summary>Settings for a command whose capability has not landed: arguments are accepted so scripts can be written now.</summary>
public sealed class PassThroughSettings : CommonSettings
{
    [CommandArgument(0, "[ARGS]")]
    public string[] Arguments { get; init; } = [];
}
