using System.ComponentModel;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Infrastructure;

/// <summary>Options every command takes.</summary>
public class CommonSettings : CommandSettings
{
    [CommandOption("--study <DIR>")]
    [Description("The study folder (default: the current directory), or a PostgreSQL connection string for a team's study on a server.")]
    public string? Study { get; init; }

    [CommandOption("--json")]
    [Description("Write machine-readable JSON to standard output.")]
    public bool Json { get; init; }

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override any appsettings key for this run, e.g. --set Passages:TargetWords=80 (repeatable).")]
    public string[] Set { get; init; } = [];

    [CommandOption("-v|--verbose")]
    [Description("Log debug detail to standard error.")]
    public bool Verbose { get; init; }

    public string StudyPath => Path.GetFullPath(Study ?? Directory.GetCurrentDirectory());

    /// <summary>
    /// True when --study is a PostgreSQL connection string (a team's study on a server) rather than a folder; settings
    /// then come from the current folder.
    /// </summary>
    public bool StudyIsConnection => Study is { } study && (study.Contains("Host=", StringComparison.OrdinalIgnoreCase) || study.Contains("Server=", StringComparison.OrdinalIgnoreCase));
}
