using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Infrastructure;

/// <summary>
/// The default command of every command group (<c>precoder sheet</c>, <c>precoder codes</c>...): a group named without
/// one of its commands is a usage error like any other - one line and exit code 2 - where Spectre would print the
/// group's help and exit 1, which a script cannot tell from a failed command.
/// </summary>
public sealed class MissingSubcommand<TSettings> : Command<TSettings>
    where TSettings : CommandSettings
{
    public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        // The group is the first word on the command line; options cannot come before it.
        var group = context.Arguments.FirstOrDefault(a => !a.StartsWith('-')) ?? "";
        Console.Error.WriteLine($"error: 'precoder {group}' needs one of its commands (see 'precoder {group} --help')");
        return ExitCodes.Usage;
    }
}
