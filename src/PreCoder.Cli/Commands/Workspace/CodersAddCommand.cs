using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Workspace;

[Description("Let a coder sign in to the workspace: role and password (prompted, or one line on standard input with --password-stdin).")]
public sealed class CodersAddCommand : StudyCommand<CodersAddCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The coder's name, as their codes carry it (an imported coder keeps their codes).")]
        public string Name { get; init; } = "";

        [CommandOption("--role <ROLE>")]
        [Description("coder (writes their own decisions) or lead (also reconciles and sees dashboards). Default: coder.")]
        public string Role { get; init; } = "coder";

        [CommandOption("--password-stdin")]
        [Description("Read the password from the first line of standard input (scripts) instead of prompting.")]
        public bool PasswordStdin { get; init; }

        [CommandOption("--reset-password")]
        [Description("Set a new password for a coder who has one.")]
        public bool ResetPassword { get; init; }

        public CoderRole ParsedRole => Role.Equals("lead", StringComparison.OrdinalIgnoreCase) ? CoderRole.Lead : CoderRole.Coder;

        public override ValidationResult Validate() =>
            Role.ToLowerInvariant() is not ("coder" or "lead") ? ValidationResult.Error($"--role '{Role}' is not coder or lead")
            : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var password = settings.PasswordStdin || Console.IsInputRedirected ? await ReadLineAsync(cancellationToken) : Prompt();
        await new CoderAccounts(session).AddAsync(settings.Name, settings.ParsedRole, password, settings.ResetPassword, cancellationToken);
        Output.Result(new { coder = settings.Name, role = settings.ParsedRole.ToString().ToLowerInvariant() },
            $"{settings.Name} can sign in to the workspace as {settings.ParsedRole.ToString().ToLowerInvariant()}");
        return 0;
    }

    private static async Task<string> ReadLineAsync(CancellationToken cancellationToken) =>
        (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n')
        ?? throw new InputException("--password-stdin", null, "standard input was empty; write the password on its first line");

    private static string Prompt()
    {
        var password = Output.Human.Prompt(new TextPrompt<string>("Password (8 characters or more):").Secret());
        var again = Output.Human.Prompt(new TextPrompt<string>("Again:").Secret());
        return password == again ? password : throw new InputException("coders add", null, "the two passwords differ; nothing was changed");
    }
}
