using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Workspace;

[Description("The coders who can sign in to the workspace, with their roles.")]
public sealed class CodersListCommand : StudyCommand<CommonSettings>
{
    protected override async Task<int> RunAsync(StudySession session, CommonSettings settings, CancellationToken cancellationToken)
    {
        var coders = await new CoderAccounts(session).ListAsync(cancellationToken);
        Output.Result(coders.Select(c => new { coder = c.Coder, role = c.Role.ToString().ToLowerInvariant() }).ToArray(),
            coders.Count == 0 ? "nobody can sign in yet; add a coder with 'precoder coders add NAME --role lead'"
                : string.Join(Environment.NewLine, coders.Select(c => $"{c.Coder}\t{c.Role.ToString().ToLowerInvariant()}")));
        return 0;
    }
}
