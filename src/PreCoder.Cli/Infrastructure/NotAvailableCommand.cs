using System.ComponentModel;
using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Infrastructure;

/// <summary>A command that exists with its name and says clearly that its capability is not available yet.</summary>
[Description("Not available yet.")]
public sealed class NotAvailableCommand : AsyncCommand<PassThroughSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, PassThroughSettings settings, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"error: 'precoder {context.Name}' is not available yet in this version of PreCoder");
        return Task.FromResult(ExitCodes.Unavailable);
    }
}
