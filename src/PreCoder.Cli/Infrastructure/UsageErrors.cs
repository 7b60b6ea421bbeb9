using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Infrastructure;

/// <summary>
/// Runs the command app so that every usage error (unknown command or option, missing or invalid argument) is one line
/// on standard error and exit code 2, never a stack trace: Spectre reports them as exceptions, which the app
/// propagates so that real failures are not swallowed either.
/// </summary>
public static class UsageErrors
{
    public static async Task<int> RunAsync(CommandApp app, string[] args)
    {
        try
        {
            return await app.RunAsync(args);
        }
        catch (CommandAppException ex)
        {
            var message = ex.Message.ReplaceLineEndings(" ").Trim();
            await Console.Error.WriteLineAsync($"error: {message} (see 'precoder --help')");
            return ExitCodes.Usage;
        }
    }
}
