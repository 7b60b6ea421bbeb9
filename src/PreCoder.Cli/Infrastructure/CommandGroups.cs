using Spectre.Console.Cli;

namespace PreCoder.Cli.Infrastructure;

/// <summary>Adds command groups whose bare name is a usage error (see <see cref="MissingSubcommand{TSettings}"/>).</summary>
public static class CommandGroups
{
    public static void AddGroup(this IConfigurator config, string name, Action<IConfigurator<CommandSettings>> configure) =>
        config.AddBranch(name, b =>
        {
            b.SetDefaultCommand<MissingSubcommand<EmptyCommandSettings>>();
            configure(b);
        });

    public static void AddGroup<TSettings>(this IConfigurator config, string name, Action<IConfigurator<TSettings>> configure)
        where TSettings : CommandSettings =>
        config.AddBranch<TSettings>(name, b =>
        {
            b.SetDefaultCommand<MissingSubcommand<TSettings>>();
            configure(b);
        });
}
