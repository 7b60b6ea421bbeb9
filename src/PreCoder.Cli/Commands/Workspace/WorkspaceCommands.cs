using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Workspace;

/// <summary>The review workspace and the accounts that sign in to it.</summary>
public static class WorkspaceCommands
{
    public static void AddWorkspaceCommands(this IConfigurator config)
    {
        config.AddCommand<ServeCommand>("serve").WithExample("serve", "--study", "studies/pilot", "--port", "5180");
        config.AddGroup<Infrastructure.CommonSettings>("coders", b =>
        {
            b.SetDescription("People who sign in to the workspace.");
            b.AddCommand<CodersAddCommand>("add").WithExample("coders", "add", "ayse", "--role", "lead", "--study", "studies/pilot");
            b.AddCommand<CodersListCommand>("list");
        });
    }
}
